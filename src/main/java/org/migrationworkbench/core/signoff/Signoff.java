package org.migrationworkbench.core.signoff;

import java.time.Instant;
import java.util.Objects;

/**
 * What one signer decided about one gate, and on which evidence: the content of a ledger record.
 *
 * @param gate             the gate, which is the id of its phase
 * @param role             the role signed for
 * @param person           the signer's name
 * @param email            the signer's email; empty when unknown
 * @param decision         approve or reject
 * @param comment          why; empty when none was given
 * @param signedAt         when, exact to the nanosecond the clock gave
 * @param evidenceDigest   SHA-256 (hex) of {@code evidenceSnapshot}
 * @param evidenceSnapshot canonical JSON of what the gate covered when it was signed (see {@code GateEvidence})
 */
public record Signoff(String gate, String role, String person, String email, Decision decision, String comment,
                      Instant signedAt, String evidenceDigest, String evidenceSnapshot) {
    public Signoff {
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(evidenceDigest, "evidenceDigest");
        Objects.requireNonNull(evidenceSnapshot, "evidenceSnapshot");
    }
}
