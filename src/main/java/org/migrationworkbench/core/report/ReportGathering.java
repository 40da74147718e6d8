package org.migrationworkbench.core.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.migrationworkbench.core.checklist.BlockedItem;
import org.migrationworkbench.core.checklist.LoadedChecklist;
import org.migrationworkbench.core.compare.ComparisonRun;
import org.migrationworkbench.core.compare.Summary;
import org.migrationworkbench.core.model.Checklist;
import org.migrationworkbench.core.model.Comparison;
import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.readiness.Analysis;
import org.migrationworkbench.core.readiness.Readiness;
import org.migrationworkbench.core.report.StatusReport.ChecklistRow;
import org.migrationworkbench.core.report.StatusReport.ComparisonRow;
import org.migrationworkbench.core.report.StatusReport.MetricRow;
import org.migrationworkbench.core.report.StatusReport.PhaseRow;
import org.migrationworkbench.core.report.StatusReport.SignoffRow;
import org.migrationworkbench.core.report.StatusReport.Standing;
import org.migrationworkbench.core.signoff.ChainVerification;
import org.migrationworkbench.core.signoff.ChainVerifier;
import org.migrationworkbench.core.signoff.EvidenceSource;
import org.migrationworkbench.core.signoff.GateCheck;
import org.migrationworkbench.core.signoff.GateEvidence;
import org.migrationworkbench.core.signoff.GateStatus;
import org.migrationworkbench.core.signoff.ServiceEvidenceSource;
import org.migrationworkbench.core.signoff.SignoffRecord;
import org.migrationworkbench.core.signoff.SignoffStatus;
import org.migrationworkbench.core.signoff.StaleSignoffs;
import org.migrationworkbench.core.timeline.GateState;
import org.migrationworkbench.core.timeline.PhaseStatus;
import org.migrationworkbench.core.timeline.Schedule;
import org.migrationworkbench.core.timeline.StatusRules;

/**
 * Gathers a {@link StatusReport} from what is stored; runs no rule and no comparison, but recomputes the sign-off
 * chain, so whatever shows the report can say whether its approvals verify. Blocking.
 */
public final class ReportGathering {
    private ReportGathering() {
    }

    /** The status of {@code workspace} as stored, judged on today's date from {@code clock}. */
    public static StatusReport gather(Workspace workspace, ReportSources sources, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        EvidenceSource evidence = new ServiceEvidenceSource(workspace, sources.checklists(), sources.readiness(),
                sources.comparisons());
        List<SignoffRecord> records = sources.ledger().records();
        Map<String, LoadedChecklist> checklists = new LinkedHashMap<>();
        for (Checklist c : workspace.checklists()) {
            checklists.put(c.id(), sources.checklists().load(c));
        }
        Optional<Analysis> readiness = sources.readiness().latest(workspace);
        ChainVerification chain = new ChainVerifier().verify(sources.ledger(), workspace.signoff(), Optional.empty());
        return new StatusReport(workspace.name(), clock.instant(), today,
                phases(workspace, evidence, records, checklists, readiness, today, chain.intact()),
                checklists.values().stream().map(c -> new ChecklistRow(c.id(), c.title(), c.progress())).toList(),
                checklists.values().stream().flatMap(c -> BlockedItem.of(c).stream()).toList(),
                readiness, sources.readiness().waivers().stream().filter(w -> w.activeOn(today)).toList(),
                comparisons(workspace, sources), workspace.metrics().stream()
                        .map(m -> new MetricRow(m, MetricVerdict.of(m))).toList(),
                signoffs(workspace, evidence, records), sources.ledger().writtenHead(), chain,
                sources.baselines().latest());
    }

    private static List<PhaseRow> phases(Workspace workspace, EvidenceSource evidence, List<SignoffRecord> records,
                                         Map<String, LoadedChecklist> checklists, Optional<Analysis> readiness,
                                         LocalDate today, boolean ledgerIntact) {
        Schedule schedule = Schedule.of(workspace);
        Map<String, GateStatus> gates = new HashMap<>();
        Map<String, GateState> states = new HashMap<>();
        for (Phase phase : schedule.phases()) {
            GateStatus gate = GateCheck.of(workspace, phase, evidence,
                    records.stream().filter(r -> r.gate().equals(phase.id())).toList(), ledgerIntact);
            gates.put(phase.id(), gate);
            states.put(phase.id(), GateState.of(gate, blocked(phase, checklists, readiness)));
        }
        Map<String, PhaseStatus> statuses = new StatusRules().statuses(schedule, states, today);
        return schedule.phases().stream()
                .map(p -> new PhaseRow(p, statuses.get(p.id()), gates.get(p.id()))).toList();
    }

    /** A gate checklist has a blocked item, or a gate rule's latest result blocks readiness. */
    private static boolean blocked(Phase phase, Map<String, LoadedChecklist> checklists,
                                   Optional<Analysis> readiness) {
        boolean items = phase.gates().checklists().stream().map(checklists::get)
                .anyMatch(c -> c != null && c.progress().blocked() > 0);
        boolean rules = readiness.map(a -> a.readiness().results().stream()
                .filter(s -> phase.gates().rules().contains(s.result().rule().id()))
                .anyMatch(Readiness.Scored::blocking)).orElse(false);
        return items || rules;
    }

    private static List<ComparisonRow> comparisons(Workspace workspace, ReportSources sources) {
        Map<String, ComparisonRun> latest = new HashMap<>();
        sources.comparisons().latestOfEach().forEach(r -> latest.put(r.comparisonId(), r));
        List<ComparisonRow> rows = new ArrayList<>();
        for (Comparison declared : workspace.comparisons()) {
            ComparisonRun run = latest.get(declared.id());
            if (run != null) {
                rows.add(new ComparisonRow(declared.id(), declared.displayTitle(), run.result().identical(),
                        Summary.of(run.result()), run.startedAt()));
            }
        }
        return rows;
    }

    private static List<SignoffRow> signoffs(Workspace workspace, EvidenceSource evidence,
                                             List<SignoffRecord> records) {
        Map<String, GateEvidence.Snapshot> today = new LinkedHashMap<>();
        workspace.phases().forEach(p -> today.put(p.id(), GateEvidence.of(workspace, p, evidence)));
        Set<Long> inForce = new HashSet<>();
        Set<Long> stale = new HashSet<>();
        for (SignoffStatus s : StaleSignoffs.inForce(records, today)) {
            inForce.add(s.record().seq());
            if (s.stale()) {
                stale.add(s.record().seq());
            }
        }
        return records.stream().map(r -> new SignoffRow(r, stale.contains(r.seq()) ? Standing.STALE
                : inForce.contains(r.seq()) ? Standing.IN_FORCE : Standing.REVISED)).toList();
    }
}
