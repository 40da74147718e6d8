package org.migrationworkbench.core.signoff;

import java.util.Objects;

/**
 * A sign-off as stored in the ledger.
 *
 * @param seq          position in the ledger, from 1 without gaps
 * @param signoff      the content
 * @param previousHash chain hash of the record before; empty for the first record
 * @param chainHash    SHA-256 (hex) of {@code previousHash} followed by the canonical bytes of {@code signoff}
 *                     (see {@link ChainHash})
 */
public record SignoffRecord(long seq, Signoff signoff, String previousHash, String chainHash) {
    public SignoffRecord {
        Objects.requireNonNull(signoff, "signoff");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(chainHash, "chainHash");
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
