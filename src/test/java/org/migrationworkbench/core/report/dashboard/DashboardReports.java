package org.migrationworkbench.core.report.dashboard;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.migrationworkbench.core.checklist.BlockedItem;
import java.util.Map;
import java.util.Optional;
import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.readiness.Analysis;
import org.migrationworkbench.core.readiness.Outcome;
import org.migrationworkbench.core.readiness.Readiness;
import org.migrationworkbench.core.readiness.ReadinessRun;
import org.migrationworkbench.core.readiness.RuleResult;
import org.migrationworkbench.core.report.MetricVerdict;
import org.migrationworkbench.core.report.StatusReport;
import org.migrationworkbench.core.report.StatusReport.ComparisonRow;
import org.migrationworkbench.core.report.StatusReport.SignoffRow;
import org.migrationworkbench.core.report.StatusReport.Standing;
import org.migrationworkbench.core.signoff.ChainHead;
import org.migrationworkbench.core.signoff.ChainVerification;
import org.migrationworkbench.core.signoff.Decision;
import org.migrationworkbench.core.signoff.GateStatus;
import org.migrationworkbench.core.signoff.GateStatus.ChecklistCheck;
import org.migrationworkbench.core.signoff.GateStatus.ComparisonCheck;
import org.migrationworkbench.core.signoff.GateStatus.RoleCheck;
import org.migrationworkbench.core.signoff.GateStatus.RuleCheck;
import org.migrationworkbench.core.signoff.Signoff;
import org.migrationworkbench.core.signoff.SignoffRecord;
import org.migrationworkbench.core.signoff.SignoffStatus;
import org.migrationworkbench.core.timeline.PhaseStatus;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import org.migrationworkbench.testing.TestWorkspaces;

/**
 * Status reports made by hand over a small workspace, so each dashboard value can be asserted exactly:
 * a-plan done; b-build blocked (critical risk; its blocker rule tests-pass fails, comparison scores differs, a
 * pass rule), c-docs at risk (high risk; its minor rule fails; Technical Lead approved but stale, Product Owner
 * rejected), d-cutover in progress (critical risk), e-later not started (high risk). Metrics: one met, one missed,
 * one pending.
 */
public final class DashboardReports {
    static final LocalDate TODAY = LocalDate.of(2026, 9, 15);
    private static final Instant AT = Instant.parse("2026-09-15T10:00:00Z");
    /** The two records of {@link #report} verify (their hashes are made up, so the verifier is not asked). */
    private static final ChainVerification INTACT = new ChainVerification(2, Optional.of(new ChainHead(2, "hash2")),
            List.of());

    private DashboardReports() {
    }

    public static Workspace workspace(Path folder) {
        TestWorkspaces.write(folder.resolve("checklists/plan.md"), "# Plan\n\n- [x] Scope agreed\n");
        TestWorkspaces.write(folder.resolve("out/old.csv"), "id\n1\n");
        TestWorkspaces.write(folder.resolve("out/new.csv"), "id\n2\n");
        TestWorkspaces.write(folder.resolve("workbench.yaml"), """
                name: Dashboard test
                target: .
                phases:
                  - {id: a-plan, title: Plan, start: 2026-09-01, end: 2026-09-07, gates: {checklists: [plan]}}
                  - id: b-build
                    title: Build
                    start: 2026-09-08
                    end: 2026-09-20
                    risk: critical
                    gates: {rules: [tests-pass, layout], comparisons: [scores]}
                  - id: c-docs
                    title: Docs
                    start: 2026-09-10
                    end: 2026-09-16
                    risk: high
                    gates: {rules: [docs-present], signoffs: [Technical Lead, Product Owner]}
                  - {id: d-cutover, title: Cutover, start: 2026-09-14, end: 2026-09-30, risk: critical}
                  - {id: e-later, title: Later, start: 2026-10-01, end: 2026-10-09, risk: high}
                checklists:
                  - {id: plan, file: checklists/plan.md}
                rules:
                  - {id: tests-pass, title: Tests pass, kind: path-exists, severity: blocker, paths: [tests],
                     phase: b-build, category: tests}
                  - {id: layout, title: Layout, kind: path-exists, severity: major, paths: [src], phase: b-build,
                     category: cleanup}
                  - {id: docs-present, title: Docs present, kind: path-exists, severity: minor, paths: [docs]}
                comparisons:
                  - {id: scores, old: out/old.csv, new: out/new.csv}
                metrics:
                  - {name: Run time, target: "<= 7 s", actual: "6 s"}
                  - {name: Coverage, target: "> 90%", actual: "85%"}
                  - {name: Cost, target: "<= 100"}
                signoff:
                  roles: [Technical Lead, Product Owner]
                """);
        return new WorkspaceLoader().load(folder).workspace();
    }

    public static StatusReport report(Workspace ws) {
        return report(ws, List.of());
    }

    /** The report with {@code blocked} checklist items. */
    public static StatusReport report(Workspace ws, List<BlockedItem> blocked) {
        Analysis analysis = analysis(ws);
        SignoffRecord approval = record(1, "c-docs", "Technical Lead", "Ada", Decision.APPROVE);
        SignoffRecord reject = record(2, "c-docs", "Product Owner", "Bo", Decision.REJECT);
        List<StatusReport.PhaseRow> phases = List.of(
                row(ws, "a-plan", PhaseStatus.DONE, gate("a-plan", List.of(new ChecklistCheck("plan", 1,
                        List.of())), List.of(), List.of(), List.of())),
                row(ws, "b-build", PhaseStatus.BLOCKED, gate("b-build", List.of(),
                        List.of(new RuleCheck("tests-pass", Optional.of("fail"), false),
                                new RuleCheck("layout", Optional.of("pass"), false)),
                        List.of(new ComparisonCheck("scores", Optional.of(false))), List.of())),
                row(ws, "c-docs", PhaseStatus.AT_RISK, gate("c-docs", List.of(),
                        List.of(new RuleCheck("docs-present", Optional.of("fail"), false)), List.of(),
                        List.of(new RoleCheck("Technical Lead", 1, List.of(),
                                        List.of(new SignoffStatus(approval, true, List.of())), List.of(), List.of()),
                                new RoleCheck("Product Owner", 1, List.of(), List.of(), List.of(),
                                        List.of(reject))))),
                row(ws, "d-cutover", PhaseStatus.IN_PROGRESS, gate("d-cutover", List.of(), List.of(), List.of(),
                        List.of())),
                row(ws, "e-later", PhaseStatus.NOT_STARTED, gate("e-later", List.of(), List.of(), List.of(),
                        List.of())));
        return new StatusReport(ws.name(), AT, TODAY, phases, List.of(), blocked, Optional.of(analysis), List.of(),
                List.of(new ComparisonRow("scores", "Scores", false, "12 differences: 12 changed", AT)),
                ws.metrics().stream().map(m -> new StatusReport.MetricRow(m, MetricVerdict.of(m))).toList(),
                List.of(new SignoffRow(approval, Standing.STALE), new SignoffRow(reject, Standing.IN_FORCE)),
                Optional.empty(), INTACT, Optional.empty());
    }

    /** {@code base} with {@code chain} as the sign-off chain's verification. */
    public static StatusReport withChain(StatusReport base, ChainVerification chain) {
        return new StatusReport(base.workspace(), base.generatedAt(), base.today(), base.phases(), base.checklists(),
                base.blocked(), base.readiness(), base.waivers(), base.comparisons(), base.metrics(), base.signoffs(),
                base.chainHead(), chain, base.baseline());
    }

    /** The report with {@code extra} more at-risk phases copied from e-later (ids e-1, e-2, ...). */
    static StatusReport withMorePhases(Workspace ws, int extra, List<BlockedItem> blocked) {
        StatusReport base = report(ws, blocked);
        List<StatusReport.PhaseRow> phases = new ArrayList<>(base.phases());
        Phase later = phase(ws, "e-later");
        for (int i = 1; i <= extra; i++) {
            Phase copy = new Phase("e-" + i, "Extra " + i, later.schedule(), later.weeks(), List.of(),
                    later.risk(), later.owner(), later.description(), later.gates());
            phases.add(new StatusReport.PhaseRow(copy, PhaseStatus.AT_RISK, gate(copy.id(), List.of(), List.of(),
                    List.of(), List.of())));
        }
        return new StatusReport(base.workspace(), base.generatedAt(), base.today(), phases, base.checklists(),
                base.blocked(), base.readiness(), base.waivers(), base.comparisons(), base.metrics(), base.signoffs(),
                base.chainHead(), base.chain(), base.baseline());
    }

    private static Analysis analysis(Workspace ws) {
        List<RuleResult> results = List.of(
                RuleResult.of(rule(ws, "tests-pass"), Outcome.fail("no tests folder", List.of()), 1),
                RuleResult.of(rule(ws, "layout"), Outcome.pass("src exists", List.of()), 1),
                RuleResult.of(rule(ws, "docs-present"), Outcome.fail("no docs folder", List.of()), 1));
        ReadinessRun run = new ReadinessRun(AT, AT, Optional.empty(), results, false);
        return new Analysis(1, run, Readiness.of(run, List.of(), TODAY), Map.of());
    }

    private static StatusReport.PhaseRow row(Workspace ws, String id, PhaseStatus status, GateStatus gate) {
        return new StatusReport.PhaseRow(phase(ws, id), status, gate);
    }

    private static GateStatus gate(String phase, List<ChecklistCheck> checklists, List<RuleCheck> rules,
                                   List<ComparisonCheck> comparisons, List<RoleCheck> roles) {
        return new GateStatus(phase, checklists, rules, comparisons, roles);
    }

    private static SignoffRecord record(long seq, String gate, String role, String person, Decision decision) {
        return new SignoffRecord(seq, new Signoff(gate, role, person, person.toLowerCase() + "@example.org",
                decision, decision == Decision.REJECT ? "not yet" : "fine", AT, "digest", "{}"), "", "hash" + seq);
    }

    static Phase phase(Workspace ws, String id) {
        return ws.phases().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static Rule rule(Workspace ws, String id) {
        return ws.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
