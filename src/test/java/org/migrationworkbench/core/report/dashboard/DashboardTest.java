package org.migrationworkbench.core.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.checklist.BlockedItem;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.report.StatusReport;
import org.migrationworkbench.core.timeline.PhaseStatus;

class DashboardTest {
    @TempDir
    Path temp;
    private Workspace ws;
    private final BlockedItem waiting = new BlockedItem("build", "Build checklist", "i1", "Get a staging database",
            "DBA team away until October");

    @BeforeEach
    void load() {
        ws = DashboardReports.workspace(temp.resolve("ws"));
    }

    private Dashboard dashboard() {
        return Dashboard.of(DashboardReports.report(ws, List.of(waiting)));
    }

    private PhaseCard card(String id) {
        return dashboard().phases().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void eachPhaseHasACardInTimelineOrderWithItsStatusAndEveryStatusIsCounted() {
        Dashboard dashboard = dashboard();
        assertThat(dashboard.phases()).extracting(PhaseCard::id)
                .containsExactly("a-plan", "b-build", "c-docs", "d-cutover", "e-later");
        assertThat(dashboard.phases()).extracting(PhaseCard::status).containsExactly(PhaseStatus.DONE,
                PhaseStatus.BLOCKED, PhaseStatus.AT_RISK, PhaseStatus.IN_PROGRESS, PhaseStatus.NOT_STARTED);
        assertThat(dashboard.counts()).extracting(Dashboard.StatusCount::word, Dashboard.StatusCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("not started", 1),
                        org.assertj.core.groups.Tuple.tuple("in progress", 1),
                        org.assertj.core.groups.Tuple.tuple("at risk", 1),
                        org.assertj.core.groups.Tuple.tuple("blocked", 1),
                        org.assertj.core.groups.Tuple.tuple("done", 1));
        assertThat(dashboard.doneLine()).isEqualTo("1 of 5 phases done");
        assertThat(card("a-plan").dates()).isEqualTo("1 Sep – 7 Sep 2026");
        assertThat(card("a-plan").missing()).isEmpty();
        assertThat(card("d-cutover").gated()).isFalse();
    }

    @Test
    void gateRulesCountTheirLatestResultsAndAFailingBlockerIsBad() {
        assertThat(card("b-build").rules()).isEqualTo(new Fact("1 fail · 1 pass", Tone.BAD,
                List.of("tests-pass fails")));
        assertThat(card("c-docs").rules()).isEqualTo(new Fact("1 fail", Tone.WARNING, List.of("docs-present fails")));
        assertThat(card("a-plan").rules()).isEqualTo(Fact.of("no gate rules", Tone.NEUTRAL));
        assertThat(PhaseCard.rules(DashboardReports.phase(ws, "b-build"), Optional.empty()))
                .isEqualTo(Fact.of("not run", Tone.NEUTRAL));
    }

    @Test
    void gateComparisonsShowIdenticalTheDifferenceCountOrNotRun() {
        assertThat(card("b-build").comparisons()).isEqualTo(Fact.of("12 differences", Tone.BAD));
        assertThat(PhaseCard.comparisons(DashboardReports.phase(ws, "b-build"), List.of()))
                .isEqualTo(Fact.of("not run", Tone.NEUTRAL));
        assertThat(PhaseCard.comparisons(DashboardReports.phase(ws, "b-build"), List.of(new StatusReport
                .ComparisonRow("scores", "Scores", true, "100% match (2 rows)", java.time.Instant.EPOCH))))
                .isEqualTo(Fact.of("identical", Tone.GOOD));
        assertThat(card("c-docs").comparisons().headline()).isEqualTo("no gate comparisons");
    }

    @Test
    void signoffsCountApprovedRolesAndFlagStaleApprovalsAndRejects() {
        Fact signoffs = card("c-docs").signoffs();
        assertThat(signoffs.headline()).isEqualTo("0 of 2 roles approved · 1 stale");
        assertThat(signoffs.tone()).isEqualTo(Tone.BAD);
        assertThat(signoffs.details()).containsExactly("stale: Ada (Technical Lead)", "rejected: Bo (Product Owner)");
        assertThat(card("b-build").signoffs()).isEqualTo(Fact.of("no sign-offs required", Tone.NEUTRAL));
        assertThat(card("c-docs").missing()).contains("rule docs-present: fail");
    }

    @Test
    void metricsShowTargetActualAndMark() {
        assertThat(dashboard().metrics()).containsExactly(
                new Dashboard.MetricLine("Run time", "<= 7 s", "6 s", "✓", Tone.GOOD),
                new Dashboard.MetricLine("Coverage", "> 90%", "85%", "✗", Tone.BAD),
                new Dashboard.MetricLine("Cost", "<= 100", "—", "pending", Tone.NEUTRAL));
    }

    @Test
    void topRisksComeMostImportantFirstAndDonePhasesAndMinorRulesAreLeftOut() {
        TopRisks risks = dashboard().risks();
        assertThat(risks.shown()).extracting(RiskLine::kind, RiskLine::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RiskLine.Kind.BLOCKED_PHASE, "Build"),
                org.assertj.core.groups.Tuple.tuple(RiskLine.Kind.BLOCKER_RULE, "Tests pass"),
                org.assertj.core.groups.Tuple.tuple(RiskLine.Kind.BLOCKED_ITEM, "Get a staging database"),
                org.assertj.core.groups.Tuple.tuple(RiskLine.Kind.AT_RISK_PHASE, "Docs"),
                org.assertj.core.groups.Tuple.tuple(RiskLine.Kind.CRITICAL_RISK, "Cutover"),
                org.assertj.core.groups.Tuple.tuple(RiskLine.Kind.MISSED_METRIC, "Coverage"),
                org.assertj.core.groups.Tuple.tuple(RiskLine.Kind.HIGH_RISK, "Later"));
        assertThat(risks.more()).isZero();
        assertThat(risks.shown().get(0).detail()).isEqualTo(
                "blocked · critical risk · rule tests-pass: fail (+1 more)");
        assertThat(risks.shown().get(1).detail()).isEqualTo("tests-pass: no tests folder");
        assertThat(risks.shown().get(2).detail()).isEqualTo("Build checklist · DBA team away until October");
        assertThat(risks.shown().get(5).detail()).isEqualTo("85% (target > 90%)");
    }

    @Test
    void topRisksStopAtTheLimitAndCountTheRest() {
        StatusReport crowded = DashboardReports.withMorePhases(ws, 4, List.of(waiting));
        TopRisks risks = TopRisks.of(crowded, Dashboard.RISKS_SHOWN);
        assertThat(risks.shown()).hasSize(8);
        assertThat(risks.more()).isEqualTo(3);
        assertThat(risks.shown()).extracting(RiskLine::title).containsExactly("Build", "Tests pass",
                "Get a staging database", "Docs", "Extra 1", "Extra 2", "Extra 3", "Extra 4");
    }

    @Test
    void aBlockedItemWithoutAReasonSaysSo() {
        BlockedItem bare = new BlockedItem("build", "Build checklist", "i2", "Order hardware", "");
        TopRisks risks = TopRisks.of(DashboardReports.report(ws, List.of(bare)), 8);
        assertThat(risks.shown()).filteredOn(r -> r.kind() == RiskLine.Kind.BLOCKED_ITEM)
                .extracting(RiskLine::detail).containsExactly("Build checklist · no reason given");
    }
}
