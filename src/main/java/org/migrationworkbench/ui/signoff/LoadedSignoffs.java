package org.migrationworkbench.ui.signoff;

import java.util.List;
import java.util.Map;
import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.signoff.ChainVerification;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.signoff.ChainVerifier;
import org.migrationworkbench.core.signoff.SigningKey;
import org.migrationworkbench.core.signoff.EvidenceSource;
import org.migrationworkbench.core.signoff.GateEvidence;
import org.migrationworkbench.core.signoff.Signer;
import org.migrationworkbench.core.signoff.SignoffLedger;
import org.migrationworkbench.core.signoff.SignoffRecord;
import org.migrationworkbench.core.signoff.SignoffStatus;
import org.migrationworkbench.core.signoff.StaleSignoffs;

/**
 * Everything the Sign-offs view shows, read at one moment on a worker thread.
 *
 * @param matrix       gates by roles
 * @param records      the whole ledger, in order
 * @param inForce      the sign-offs in force, checked against today's evidence
 * @param today        today's snapshot of each gate, by gate id
 * @param verification the chain recomputed and compared with the head file
 * @param signer       who signs unless the user changes it
 * @param signingKey   the public half of this user's sign-off key ({@code ed25519:...}), made on first use; empty
 *                     when it cannot be read or made (signing then fails with the reason)
 */
record LoadedSignoffs(SignoffMatrix matrix, List<SignoffRecord> records, List<SignoffStatus> inForce,
                      Map<String, GateEvidence.Snapshot> today, ChainVerification verification, Signer signer,
                      String signingKey) {
    /** Reads the ledger, today's evidence of every gate and the chain. Blocking. */
    static LoadedSignoffs read(OpenedWorkspace opened, SignoffLedger ledger, SignoffContext context) {
        Workspace ws = opened.workspace();
        EvidenceSource evidence = context.evidence().apply(opened);
        Map<String, GateEvidence.Snapshot> today = new java.util.LinkedHashMap<>();
        for (Phase phase : ws.phases()) {
            today.put(phase.id(), GateEvidence.of(ws, phase, evidence));
        }
        List<SignoffRecord> records = ledger.records();
        ChainVerification chain = new ChainVerifier().verify(ledger, ws.signoff(), java.util.Optional.empty());
        return new LoadedSignoffs(SignoffMatrix.of(ws, records, today, chain.intact()), records,
                StaleSignoffs.inForce(records, today), today, chain,
                context.identity().apply(ws.target()), userKey());
    }

    private static String userKey() {
        try {
            return SigningKey.forUser().publicKey();
        } catch (WorkbenchException e) {
            return "";
        }
    }

    /** The records of one gate with their standing, newest first. */
    List<HistoryRow> history(String gate) {
        return HistoryRow.of(records.stream().filter(r -> r.gate().equals(gate)).toList(), inForce);
    }
}
