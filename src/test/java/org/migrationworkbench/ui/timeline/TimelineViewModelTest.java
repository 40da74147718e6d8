package org.migrationworkbench.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.model.DateRange;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.store.JdbcAuditLog;
import org.migrationworkbench.core.signoff.Signer;
import org.migrationworkbench.core.timeline.Baseline;
import org.migrationworkbench.core.timeline.GateMark;
import org.migrationworkbench.core.timeline.PhaseStatus;
import org.migrationworkbench.core.timeline.TimelineRow;
import org.migrationworkbench.ui.signoff.SignoffContext;
import org.migrationworkbench.ui.signoff.SignoffWorkspaces;
import org.migrationworkbench.ui.task.SameThreadTaskRunner;

class TimelineViewModelTest {
    private static final Clock SEPTEMBER_15 = Clock.fixed(Instant.parse("2026-09-15T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;
    private final List<Throwable> errors = new ArrayList<>();
    private OpenedWorkspace opened;
    private TimelineViewModel model;

    @BeforeEach
    void open() {
        opened = SignoffWorkspaces.open(TimelineWorkspaces.write(temp.resolve("ws")));
        model = new TimelineViewModel(opened, new SignoffContext(new SameThreadTaskRunner(),
                (title, e) -> errors.add(e), SignoffWorkspaces.evidence(),
                target -> new Signer("Ada", "ada@example.org"), SEPTEMBER_15), SignoffWorkspaces.status(SEPTEMBER_15));
    }

    @AfterEach
    void close() {
        opened.close();
    }

    private TimelineRow row(String id) {
        return model.dataProperty().get().row(id).orElseThrow();
    }

    @Test
    void rowsAreScheduledPhasesByStartThenTheUnscheduledOnes() {
        assertThat(model.dataProperty().get().rows()).extracting(TimelineRow::id)
                .containsExactly("a-plan", "b-build", "c-docs", "d-cutover", "e-later");
        assertThat(row("e-later").dates()).isEmpty();
        assertThat(model.dataProperty().get().today()).hasToString("2026-09-15");
    }

    @Test
    void phasesOnTheLongestChainAreCriticalAndOthersHaveSlack() {
        assertThat(model.dataProperty().get().rows()).filteredOn(TimelineRow::critical).extracting(TimelineRow::id)
                .containsExactly("a-plan", "b-build", "d-cutover");
        assertThat(row("c-docs").slackDays()).contains(9L);
        assertThat(row("e-later").slackDays()).isEmpty();
        assertThat(row("c-docs").risky()).isTrue();
        assertThat(row("a-plan").risky()).isFalse();
    }

    @Test
    void gatesAreUnmetUntilEvaluatedInTheBackground() {
        assertThat(row("a-plan").gate()).isEqualTo(GateMark.UNMET);
        assertThat(row("a-plan").requirements()).isEmpty();
        assertThat(model.dataProperty().get().gatesRead()).isFalse();

        model.load();

        assertThat(model.dataProperty().get().gatesRead()).isTrue();
        assertThat(row("a-plan").gate()).isEqualTo(GateMark.MET);
        assertThat(row("a-plan").progress()).isEqualTo(1.0);
        assertThat(row("a-plan").requirements()).containsExactly("✓ checklist plan: all 2 items done or n/a");
        assertThat(row("b-build").gate()).isEqualTo(GateMark.NONE);
        assertThat(row("d-cutover").gate()).isEqualTo(GateMark.UNMET);
        assertThat(row("d-cutover").requirements()).containsExactly("✗ role Technical Lead: no approval");
        assertThat(errors).isEmpty();
    }

    @Test
    void statusesFollowTheRulesForToday() {
        model.load();

        assertThat(row("a-plan").status()).isEqualTo(PhaseStatus.DONE);
        assertThat(row("b-build").status()).isEqualTo(PhaseStatus.IN_PROGRESS);
        assertThat(row("c-docs").status()).isEqualTo(PhaseStatus.IN_PROGRESS);
        assertThat(row("d-cutover").status()).isEqualTo(PhaseStatus.NOT_STARTED);
        assertThat(row("e-later").status().label()).isEqualTo("not started");
    }

    @Test
    void selectingAPhaseGivesItsRow() {
        assertThat(model.selectedRow()).isEmpty();
        model.selectedProperty().set("c-docs");
        assertThat(model.selectedRow().map(TimelineRow::title)).isEqualTo(Optional.of("Write the runbooks"));
    }

    @Test
    void aSavedBaselineOfTheScheduledPhasesIsShownAfterReading() {
        assertThat(model.phasesToBaseline()).isEqualTo(4);
        assertThat(model.dataProperty().get().baseline()).isEmpty();

        model.saveBaseline();

        Baseline saved = model.dataProperty().get().baseline().orElseThrow();
        assertThat(saved.reason()).isEqualTo("on demand");
        assertThat(saved.takenAt()).isEqualTo(SEPTEMBER_15.instant());
        assertThat(saved.planned()).containsOnlyKeys("a-plan", "b-build", "c-docs", "d-cutover");
        assertThat(row("a-plan").planned()).isEqualTo(row("a-plan").dates());
        assertThat(new JdbcAuditLog(opened.store().dataSource()).recent(1).get(0).actor()).isEqualTo("Ada");
        assertThat(model.baselineShownProperty().get()).isTrue();
        assertThat(errors).isEmpty();
    }

    @Test
    void theDetailsSayHowFarAPhaseSlippedAgainstTheBaseline() {
        Baseline baseline = new Baseline(Instant.parse("2026-09-01T10:00:00Z"), "on demand", Map.of(
                "a-plan", new DateRange(LocalDate.parse("2026-09-07"), LocalDate.parse("2026-09-10"))));
        TimelineRow slipped = row("a-plan");
        slipped = new TimelineRow(slipped.id(), slipped.title(), slipped.dates(), slipped.dependsOn(), slipped.risk(),
                slipped.critical(), slipped.slackDays(), slipped.status(), slipped.progress(), slipped.gate(),
                slipped.requirements(), baseline.planned().values().stream().findFirst());

        assertThat(BaselineText.of(Optional.of(baseline), slipped, ZoneOffset.UTC)).contains(
                "Baseline 2026-09-01: planned 2026-09-07 – 2026-09-10; slipped 3 days");
        assertThat(BaselineText.of(Optional.of(baseline), row("b-build"), ZoneOffset.UTC)).contains(
                "Baseline 2026-09-01: not in it (added since, or without dates then)");
        assertThat(BaselineText.of(Optional.empty(), slipped, ZoneOffset.UTC)).isEmpty();
    }
}
