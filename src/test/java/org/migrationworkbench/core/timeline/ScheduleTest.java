package org.migrationworkbench.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.migrationworkbench.core.timeline.Phases.day;
import static org.migrationworkbench.core.timeline.Phases.phase;
import static org.migrationworkbench.core.timeline.Phases.unscheduled;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.model.DateRange;
import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.core.workspace.WorkspaceLoader;

class ScheduleTest {
    @TempDir
    Path folder;

    @Test
    void weeksBecomeDaysCountedFromTheWorkspaceStart() throws IOException {
        Files.writeString(folder.resolve("workbench.yaml"), """
                name: Timeline
                target: .
                start: 2026-09-07
                phases:
                  - id: build
                    title: Build
                    weeks: [2, 3]
                  - id: prep
                    title: Prep
                    weeks: 1
                  - id: later
                    title: Later
                    start: 2026-10-01
                    end: 2026-10-02
                    depends_on: [build]
                  - id: someday
                    title: Someday
                """);
        Schedule schedule = Schedule.of(new WorkspaceLoader().load(folder).workspace());

        assertThat(schedule.dates("prep")).contains(new DateRange(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 13)));
        assertThat(schedule.dates("build"))
                .contains(new DateRange(LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 27)));
        assertThat(schedule.dates("later")).contains(new DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2)));
        assertThat(schedule.span()).contains(new DateRange(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 10, 2)));
        assertThat(schedule.unscheduled()).extracting(Phase::id).containsExactly("someday");
        assertThat(schedule.dates("someday")).isEmpty();
    }

    @Test
    void phasesComeAfterTheirDependenciesAndOtherwiseKeepDeclarationOrder() {
        Schedule schedule = Schedule.of(List.of(phase("d", 10, 12, "b", "c"), phase("b", 3, 5, "a"),
                phase("x", 0, 1), phase("c", 3, 9, "a"), phase("a", 0, 2), unscheduled("u", "d")));

        assertThat(schedule.phases()).extracting(Phase::id).containsExactly("x", "a", "b", "c", "d", "u");
        assertThat(schedule.scheduled()).extracting(Phase::id).containsExactly("x", "a", "b", "c", "d");
        assertThat(schedule.span()).contains(new DateRange(day(0), day(12)));
    }

    @Test
    void aPlanWithoutDatesHasNoSpan() {
        Schedule schedule = Schedule.of(List.of(unscheduled("a"), unscheduled("b", "a")));

        assertThat(schedule.span()).isEmpty();
        assertThat(schedule.phases()).extracting(Phase::id).containsExactly("a", "b");
    }

    @Test
    void cyclesAndUnknownDependenciesAreRejected() {
        assertThatThrownBy(() -> Schedule.of(List.of(phase("a", 0, 1, "b"), phase("b", 0, 1, "a"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle among a, b");
        assertThatThrownBy(() -> Schedule.of(List.of(phase("a", 0, 1, "zz"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown phase 'zz'");
    }
}
