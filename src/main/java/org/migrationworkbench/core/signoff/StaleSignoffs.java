package org.migrationworkbench.core.signoff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the sign-offs in force and which of them are stale against today's evidence. */
public final class StaleSignoffs {
    private StaleSignoffs() {
    }

    /**
     * The newest record of each (gate, role, person) in ledger order, each compared with today's snapshot of its
     * gate; a gate missing from {@code today} (no longer declared) makes its sign-offs stale.
     */
    public static List<SignoffStatus> inForce(List<SignoffRecord> records, Map<String, GateEvidence.Snapshot> today) {
        Map<List<String>, SignoffRecord> newest = new LinkedHashMap<>();
        for (SignoffRecord r : records) {
            List<String> key = List.of(r.gate(), r.role(), r.person());
            newest.remove(key);
            newest.put(key, r);
        }
        List<SignoffStatus> out = new ArrayList<>();
        for (SignoffRecord r : newest.values()) {
            out.add(status(r, Optional.ofNullable(today.get(r.gate()))));
        }
        return out;
    }

    /** One record against today's snapshot of its gate. */
    public static SignoffStatus status(SignoffRecord r, Optional<GateEvidence.Snapshot> today) {
        if (today.isEmpty()) {
            return new SignoffStatus(r, true, List.of());
        }
        if (today.get().digest().equals(r.signoff().evidenceDigest())) {
            return new SignoffStatus(r, false, List.of());
        }
        try {
            return new SignoffStatus(r, true, GateEvidence.changes(r.signoff().evidenceSnapshot(),
                    today.get().json()));
        } catch (org.migrationworkbench.core.WorkbenchException e) {
            // a snapshot that is not JSON was tampered with; the chain verification reports that record
            return new SignoffStatus(r, true, List.of());
        }
    }
}
