package org.migrationworkbench.core.signoff;

import java.util.Objects;
import java.util.Optional;

/**
 * A sign-off as stored in the ledger.
 *
 * @param seq          position in the ledger, from 1 without gaps
 * @param signoff      the content
 * @param previousHash chain hash of the record before; empty for the first record
 * @param chainHash    SHA-256 (hex) of {@code previousHash} followed by the canonical bytes of {@code signoff}
 *                     (see {@link ChainHash})
 * @param seal         the signer's signature on the record; empty for records made before sign-offs were signed
 */
public record SignoffRecord(long seq, Signoff signoff, String previousHash, String chainHash, Optional<Seal> seal) {
    public SignoffRecord {
        Objects.requireNonNull(signoff, "signoff");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(chainHash, "chainHash");
        Objects.requireNonNull(seal, "seal");
    }

    /** An unsigned record. */
    public SignoffRecord(long seq, Signoff signoff, String previousHash, String chainHash) {
        this(seq, signoff, previousHash, chainHash, Optional.empty());
    }

    public String gate() {
        return signoff.gate();
    }

    public String role() {
        return signoff.role();
    }

    public String person() {
        return signoff.person();
    }

    public Decision decision() {
        return signoff.decision();
    }
}
