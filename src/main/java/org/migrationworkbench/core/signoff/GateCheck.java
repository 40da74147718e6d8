package org.migrationworkbench.core.signoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.signoff.GateStatus.ChecklistCheck;
import org.migrationworkbench.core.signoff.GateStatus.ComparisonCheck;
import org.migrationworkbench.core.signoff.GateStatus.RoleCheck;
import org.migrationworkbench.core.signoff.GateStatus.RuleCheck;

/**
 * Decides whether a phase gate is open from today's evidence and the sign-off ledger. Reads only what is stored
 * (it runs no rule and no comparison). Blocking.
 */
public final class GateCheck {
    private static final Set<String> FINISHED = Set.of("done", "na");

    private GateCheck() {
    }

    /**
     * The status of the gate of phase {@code phaseId}.
     *
     * @throws WorkbenchException when the workspace has no such phase
     */
    public static GateStatus of(Workspace workspace, String phaseId, EvidenceSource evidence, SignoffLedger ledger) {
        Phase phase = workspace.phase(phaseId).orElseThrow(() -> new WorkbenchException("Unknown phase '" + phaseId
                + "': the workspace has " + String.join(", ", workspace.phases().stream().map(Phase::id).toList())
                + "."));
        boolean intact = new ChainVerifier().verify(ledger, workspace.signoff(), Optional.empty()).intact();
        return of(workspace, phase, evidence, ledger.records(phase.id()), intact);
    }

    /** The status of {@code phase}'s gate given the ledger records of that gate (in ledger order). */
    public static GateStatus of(Workspace workspace, Phase phase, EvidenceSource evidence,
                                List<SignoffRecord> records) {
        return of(workspace, phase, evidence, records, true);
    }

    /** The same, for a ledger that verifies ({@code ledgerIntact}) or not, when the gate needs sign-offs. */
    public static GateStatus of(Workspace workspace, Phase phase, EvidenceSource evidence,
                                List<SignoffRecord> records, boolean ledgerIntact) {
        List<ChecklistCheck> checklists = phase.gates().checklists().stream()
                .map(id -> checklist(id, evidence.itemStates(id))).toList();
        List<RuleCheck> rules = phase.gates().rules().stream().map(id -> {
            Optional<EvidenceSource.RuleEvidence> r = evidence.rule(id);
            return new RuleCheck(id, r.map(EvidenceSource.RuleEvidence::status),
                    r.map(EvidenceSource.RuleEvidence::waived).orElse(false));
        }).toList();
        List<ComparisonCheck> comparisons = phase.gates().comparisons().stream().map(id -> new ComparisonCheck(id,
                evidence.comparison(id).map(EvidenceSource.ComparisonEvidence::identical))).toList();
        List<SignoffStatus> inForce = StaleSignoffs.inForce(records.stream()
                .filter(r -> r.gate().equals(phase.id())).toList(),
                Map.of(phase.id(), GateEvidence.of(workspace, phase, evidence)));
        List<RoleCheck> roles = phase.gates().signoffs().stream()
                .map(role -> role(role, workspace.signoff().approvalsNeeded(role), inForce)).toList();
        return new GateStatus(phase.id(), checklists, rules, comparisons, roles, ledgerIntact);
    }

    private static ChecklistCheck checklist(String id, Map<String, String> states) {
        List<String> open = states.entrySet().stream().filter(e -> !FINISHED.contains(e.getValue()))
                .map(Map.Entry::getKey).toList();
        return new ChecklistCheck(id, states.size(), open);
    }

    /**
     * Sorts the role's sign-offs in force: an approval counts unless it is stale or a reject of the same role
     * (by anyone) was recorded after it; an approval given after a reject still counts.
     */
    static RoleCheck role(String role, int needed, List<SignoffStatus> inForce) {
        List<SignoffStatus> mine = inForce.stream().filter(s -> s.record().role().equals(role)).toList();
        List<SignoffRecord> rejects = mine.stream().map(SignoffStatus::record)
                .filter(r -> r.decision() == Decision.REJECT).toList();
        long lastReject = rejects.stream().mapToLong(SignoffRecord::seq).max().orElse(0);
        List<SignoffRecord> approvals = new ArrayList<>();
        List<SignoffStatus> stale = new ArrayList<>();
        List<SignoffRecord> superseded = new ArrayList<>();
        for (SignoffStatus s : mine) {
            if (s.record().decision() != Decision.APPROVE) {
                continue;
            }
            if (s.record().seq() < lastReject) {
                superseded.add(s.record());
            } else if (s.stale()) {
                stale.add(s);
            } else {
                approvals.add(s.record());
            }
        }
        return new RoleCheck(role, needed, approvals, stale, superseded, rejects);
    }
}
