package org.migrationworkbench.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.report.dashboard.Tone;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.report.dashboard.DashboardReports;

class SlidesTest {
    @TempDir
    Path temp;

    @Test
    void theReadinessSlideIsAScorecardOfEachPhasesRulesByCategory() {
        Workspace ws = DashboardReports.workspace(temp.resolve("ws"));

        Slide slide = Slides.readiness(DashboardReports.report(ws));

        assertThat(slide.subtitle()).isEqualTo("Level: not ready · 3 rules: 1 passed, 0 warned, 2 failed, 0 waived, "
                + "0 skipped");
        assertThat(slide.lines()).extracting(Slide.Line::label).containsExactly("Level", "(no phase)", "Build");
        assertThat(slide.lines().get(2).value()).isEqualTo("cleanup 1 ✓ · tests 1 ✗");
        assertThat(slide.lines().get(2).tone()).isEqualTo(Tone.BAD);
        assertThat(slide.lines().get(1).value()).isEqualTo("(none) 1 ✗");
    }

    @Test
    void theRiskSlideListsTheDashboardsTopRisksMostImportantFirst() {
        Workspace ws = DashboardReports.workspace(temp.resolve("ws"));

        Slide slide = Slides.risks(DashboardReports.report(ws));

        assertThat(slide.lines()).isNotEmpty();
        assertThat(slide.lines().get(0).value()).startsWith("blocked phase · ");
        assertThat(slide.lines()).extracting(Slide.Line::label).doesNotContain("Plan");
    }

    @Test
    void aLongPlansTimelineSlideShowsTheSixteenPhasesAroundToday() {
        Workspace ws = new org.migrationworkbench.core.workspace.WorkspaceLoader()
                .load(org.migrationworkbench.ui.timeline.TimelineWorkspaces.writeLong(temp.resolve("long"), 50))
                .workspace();
        org.migrationworkbench.core.timeline.Schedule schedule = org.migrationworkbench.core.timeline.Schedule.of(ws);

        assertThat(Slides.aroundToday(planned(schedule, "2026-09-30"))).isEqualTo(14); // p0..p16 ended: from p14
        assertThat(Slides.aroundToday(planned(schedule, "2026-08-01"))).isZero();
        assertThat(Slides.aroundToday(planned(schedule, "2027-01-01"))).isEqualTo(50 - Slides.TIMELINE_ROWS);
    }

    private static org.migrationworkbench.core.timeline.TimelineData planned(
            org.migrationworkbench.core.timeline.Schedule schedule, String today) {
        return org.migrationworkbench.core.timeline.TimelineData.planned(schedule, java.time.LocalDate.parse(today),
                java.util.Optional.empty());
    }
}
