package org.migrationworkbench.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationworkbench.core.timeline.Phases.day;
import static org.migrationworkbench.core.timeline.Phases.phase;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimelineScaleTest {
    private static TimelineData plan(LocalDate today) {
        return TimelineData.planned(Schedule.of(List.of(phase("a", 0, 9), phase("b", 10, 29, "a"))), today,
                Optional.empty());
    }

    @Test
    void theScaleIsThePlanWithAWeekEachSide() {
        TimelineScale scale = TimelineScale.of(plan(day(5)), 8);

        assertThat(scale.first()).isEqualTo(day(-7));
        assertThat(scale.last()).isEqualTo(day(36));
        assertThat(scale.x(day(0))).isEqualTo(TimelineScale.LABEL_WIDTH + 7 * 8);
        assertThat(scale.width()).isEqualTo(TimelineScale.LABEL_WIDTH + 44 * 8);
        assertThat(scale.height()).isEqualTo(TimelineScale.HEADER_HEIGHT + 2 * TimelineScale.ROW_HEIGHT + 8);
    }

    @Test
    void todayAfterThePlanWidensTheScaleSoTheTodayLineShows() {
        assertThat(TimelineScale.of(plan(day(60)), 8).last()).isEqualTo(day(67));
        assertThat(TimelineScale.of(plan(day(-20)), 8).first()).isEqualTo(day(-27));
    }

    @Test
    void todayFarFromThePlanDoesNotStretchIt() {
        TimelineScale scale = TimelineScale.of(plan(day(29 + 400)), 8);

        assertThat(scale.last()).isEqualTo(day(36));
        assertThat(scale.contains(day(429))).isFalse();
    }

    @Test
    void fittingGivesTheDayWidthThatFillsTheWidthButNoLessThanTheMinimum() {
        TimelineData data = plan(day(5));
        double perDay = TimelineScale.pixelsPerDayToFit(data, 1000, 0.5);

        assertThat(TimelineScale.of(data, perDay).width()).isCloseTo(1000, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(TimelineScale.pixelsPerDayToFit(data, 300, 0.5)).isEqualTo(0.5);
    }

    @Test
    void aShortOrUnscheduledPlanStillGetsFourWeeksOfAxis() {
        TimelineData none = TimelineData.planned(Schedule.of(List.of(Phases.unscheduled("u"))), day(0),
                Optional.empty());
        TimelineScale scale = TimelineScale.of(none, 8);

        assertThat(scale.first()).isEqualTo(day(-7));
        assertThat(scale.last()).isEqualTo(day(28 + 7));
    }
}
