package org.migrationworkbench.core.signoff;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.core.model.Workspace;

/**
 * Records sign-offs under the workspace's policy: the role must be required at the gate, a reject needs a comment,
 * and with separation of duties nobody approves two roles of one gate. Blocking.
 */
public final class SignoffService {
    private final SignoffLedger ledger;
    private final Clock clock;

    public SignoffService(SignoffLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Records {@code signer}'s decision on {@code gate} (a phase id) for {@code role}, bound to the gate's evidence
     * as {@code evidence} gives it now; durable when this returns.
     *
     * @throws WorkbenchException with the reason when the policy refuses it or it cannot be stored
     */
    public SignoffRecord sign(Workspace workspace, String gate, String role, Signer signer, Decision decision,
                              String comment, EvidenceSource evidence) {
        Phase phase = workspace.phase(gate).orElseThrow(() -> new WorkbenchException("Unknown gate '" + gate
                + "': a gate is named by its phase id; the workspace has " + String.join(", ",
                workspace.phases().stream().map(Phase::id).toList()) + "."));
        List<String> required = phase.gates().signoffs();
        if (!required.contains(role)) {
            throw new WorkbenchException("The role '" + role + "' is not required at gate " + gate + (required.isEmpty()
                    ? ", which requires no sign-off." : "; it requires: " + String.join(", ", required) + "."));
        }
        if (decision == Decision.REJECT && comment.isBlank()) {
            throw new WorkbenchException("A reject needs a comment saying why (--comment).");
        }
        if (workspace.signoff().separation() && decision == Decision.APPROVE) {
            checkSeparation(gate, role, signer);
        }
        GateEvidence.Snapshot snapshot = GateEvidence.of(workspace, phase, evidence);
        return ledger.append(new Signoff(gate, role, signer.name(), signer.email(), decision, comment.strip(),
                clock.instant(), snapshot.digest(), snapshot.json()));
    }

    /** Refuses when the signer's approval of another role of this gate is in force. */
    private void checkSeparation(String gate, String role, Signer signer) {
        for (SignoffStatus s : StaleSignoffs.inForce(ledger.records(gate), Map.of())) {
            Signoff other = s.record().signoff();
            if (!other.role().equals(role) && other.decision() == Decision.APPROVE
                    && signer.samePerson(other.person(), other.email())) {
                throw new WorkbenchException("Separation of duties: " + signer.name() + " already approved gate "
                        + gate + " as " + other.role() + " (record " + s.record().seq() + ") and may not also sign "
                        + "as " + role + ". Another person must sign, or that approval is withdrawn by a reject.");
            }
        }
    }
}
