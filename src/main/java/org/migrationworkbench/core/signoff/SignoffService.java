package org.migrationworkbench.core.signoff;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.core.model.Workspace;

/**
 * Records sign-offs under the workspace's policy: the role must be required at the gate, a reject needs a comment,
 * with separation of duties nobody approves two roles of one gate, and with {@code separate_completion} nobody
 * approves a gate one of whose checklist items they marked done. The approval that completes a gate is followed by
 * a {@link GateSignedOff} (the timeline takes a baseline then). Blocking.
 */
public final class SignoffService {
    private final SignoffLedger ledger;
    private final Clock clock;
    private final GateSignedOff followUp;
    private final Supplier<Optional<SigningKey>> key;

    /** A service with nothing following a gate's completion. */
    public SignoffService(SignoffLedger ledger, Clock clock) {
        this(ledger, clock, GateSignedOff.NOTHING);
    }

    /** {@code followUp} is called after each approval that completes a gate; records are not signed. */
    public SignoffService(SignoffLedger ledger, Clock clock, GateSignedOff followUp) {
        this(ledger, clock, followUp, Optional::empty);
    }

    /** Records are signed with the key {@code key} gives (loaded when a sign-off is made, see {@link SigningKey}). */
    public SignoffService(SignoffLedger ledger, Clock clock, GateSignedOff followUp,
                          Supplier<Optional<SigningKey>> key) {
        this.ledger = ledger;
        this.clock = clock;
        this.followUp = followUp;
        this.key = key;
    }

    /**
     * Records {@code signer}'s decision on {@code gate} (a phase id) for {@code role}, bound to the gate's evidence
     * as {@code evidence} gives it now; durable when this returns. When it is an approval that completes the gate,
     * the follow-up runs before this returns.
     *
     * @throws SignoffFollowUpException when the sign-off was recorded but the follow-up failed
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
        if (workspace.signoff().separateCompletion() && decision == Decision.APPROVE) {
            checkCompletion(phase, signer, evidence);
        }
        Optional<SigningKey> signing = key.get();
        checkAllowedSigner(workspace, role, signer, signing);
        GateEvidence.Snapshot snapshot = GateEvidence.of(workspace, phase, evidence);
        SignoffRecord record = ledger.append(new Signoff(gate, role, signer.name(), signer.email(), decision,
                comment.strip(), clock.instant(), snapshot.digest(), snapshot.json()), signing, workspace.signoff());
        if (decision == Decision.APPROVE && completes(workspace, phase, snapshot, record)) {
            try {
                followUp.signedOff(workspace, gate, record);
            } catch (RuntimeException e) {
                throw new SignoffFollowUpException(record, e);
            }
        }
        return record;
    }

    /** Refuses when the workspace lists the keys allowed for {@code role} and the signer's key is not one of them. */
    private static void checkAllowedSigner(Workspace workspace, String role, Signer signer,
                                           Optional<SigningKey> signing) {
        List<String> allowed = workspace.signoff().signersOf(role);
        if (allowed.isEmpty()) {
            return;
        }
        if (signing.isEmpty()) {
            throw new WorkbenchException("Only signed sign-offs are accepted for " + role + " (signoff.signers in "
                    + workspace.manifest() + "), and no sign-off key is available.");
        }
        if (!allowed.contains(signing.get().publicKey())) {
            throw new WorkbenchException("Your sign-off key is not allowed to sign for " + role + " in this "
                    + "workspace. Ask its owner to add it under signoff.signers." + role + " in "
                    + workspace.manifest() + ": \"" + signing.get().publicKey() + " " + signer.display() + "\"");
        }
    }

    /** True when the gate's roles all have their approvals in force with {@code added}, and did not without it. */
    private boolean completes(Workspace workspace, Phase phase, GateEvidence.Snapshot today, SignoffRecord added) {
        List<SignoffRecord> records = ledger.records(phase.id());
        List<SignoffRecord> before = records.stream().filter(r -> r.seq() != added.seq()).toList();
        return approved(workspace, phase, today, records) && !approved(workspace, phase, today, before);
    }

    private static boolean approved(Workspace workspace, Phase phase, GateEvidence.Snapshot today,
                                    List<SignoffRecord> records) {
        List<SignoffStatus> inForce = StaleSignoffs.inForce(records, Map.of(phase.id(), today));
        return phase.gates().signoffs().stream().allMatch(role ->
                GateCheck.role(role, workspace.signoff().approvalsNeeded(role), inForce).met());
    }

    /** Refuses when the signer marked a checklist item of the gate done (the actor of its current state). */
    private static void checkCompletion(Phase phase, Signer signer, EvidenceSource evidence) {
        for (String checklist : phase.gates().checklists()) {
            List<String> items = evidence.completedBy(checklist).entrySet().stream()
                    .filter(e -> completedBy(signer, e.getValue())).map(Map.Entry::getKey).toList();
            if (!items.isEmpty()) {
                throw new WorkbenchException("Separation of duties: " + signer.name() + " marked " + items.size()
                        + (items.size() == 1 ? " item" : " items") + " of checklist " + checklist + " done ("
                        + String.join(", ", items.stream().limit(5).toList()) + (items.size() > 5 ? ", ..." : "")
                        + ") and may not approve gate " + phase.id() + " (signoff.separate_completion). Another "
                        + "person must approve.");
            }
        }
    }

    /** True when a checklist actor ({@code Name} or {@code Name <email>}, or an email) is the signer. */
    static boolean completedBy(Signer signer, String actor) {
        if (actor.isBlank()) {
            return false;
        }
        Signer who = Signer.parse(actor);
        return signer.samePerson(who.name(), who.email())
                || !signer.email().isEmpty() && signer.email().equalsIgnoreCase(actor.strip());
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
