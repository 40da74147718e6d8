package org.migrationworkbench.core.signoff;

import java.util.List;
import java.util.Objects;

/**
 * A sign-off in force (the newest decision of its person for its role and gate) checked against today's evidence.
 *
 * @param record  the ledger record
 * @param stale   true when the gate's evidence changed since it was signed (or the gate no longer exists)
 * @param changes what changed since it was signed; empty when not stale
 */
public record SignoffStatus(SignoffRecord record, boolean stale, List<EvidenceChange> changes) {
    public SignoffStatus {
        Objects.requireNonNull(record, "record");
        changes = List.copyOf(changes);
    }
}
