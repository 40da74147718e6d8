package org.migrationworkbench.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.migrationworkbench.core.timeline.Phases.day;
import static org.migrationworkbench.core.timeline.Phases.phase;
import static org.migrationworkbench.core.timeline.Phases.unscheduled;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.migrationworkbench.core.model.DateRange;

class SlipTest {
    private static final Instant SIGNED = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void aBaselineKeepsThePlannedDaysOfScheduledPhases() {
        Baseline baseline = Baseline.of(Schedule.of(List.of(phase("a", 0, 4), unscheduled("u"))), SIGNED, "signed");

        assertThat(baseline.takenAt()).isEqualTo(SIGNED);
        assertThat(baseline.planned()).containsOnlyKeys("a").containsEntry("a", new DateRange(day(0), day(4)));
    }

    @Test
    void onlyPhasesThatEndLaterThanTheBaselineSlip() {
        Baseline baseline = Baseline.of(Schedule.of(List.of(phase("a", 0, 4), phase("b", 5, 9, "a"),
                phase("c", 5, 9, "a"), phase("d", 10, 12))), SIGNED, "signed");
        Schedule now = Schedule.of(List.of(phase("a", 0, 6), phase("b", 7, 9, "a"), phase("c", 3, 8, "a"),
                phase("d", 10, 15), phase("new", 0, 30)));

        List<Slip> slips = Slip.of(baseline, now);

        assertThat(slips).extracting(Slip::phase, Slip::days)
                .containsExactly(tuple("a", 2L),
                        tuple("d", 3L));
        assertThat(slips.get(0).planned()).isEqualTo(new DateRange(day(0), day(4)));
        assertThat(slips.get(0).current()).isEqualTo(new DateRange(day(0), day(6)));
    }

    @Test
    void aPhaseThatLostItsDatesIsNotASlip() {
        Baseline baseline = Baseline.of(Schedule.of(List.of(phase("a", 0, 4))), SIGNED, "signed");

        assertThat(Slip.of(baseline, Schedule.of(List.of(unscheduled("a"))))).isEmpty();
    }

    @Test
    void timelineRowsCarryTheirPlannedDaysAndFlagTheOnesThatSlipped() {
        Baseline baseline = Baseline.of(Schedule.of(List.of(phase("a", 0, 4), phase("b", 5, 9, "a"))), SIGNED,
                "signed");
        Schedule now = Schedule.of(List.of(phase("a", 0, 7), phase("b", 3, 8), phase("new", 0, 2)));

        TimelineData data = TimelineData.planned(now, day(1), Optional.of(baseline));

        assertThat(data.slipped()).extracting(TimelineRow::id, TimelineRow::slipDays)
                .containsExactly(tuple("a", 3L));
        assertThat(data.row("a").orElseThrow().planned()).contains(new DateRange(day(0), day(4)));
        assertThat(data.row("b").orElseThrow().slipDays()).isZero();
        assertThat(data.row("new").orElseThrow().planned()).isEmpty();
        assertThat(TimelineData.planned(now, day(1), Optional.empty()).slipped()).isEmpty();
    }
}
