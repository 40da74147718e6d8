package org.migrationworkbench.core.signoff;

import java.util.stream.Collectors;

import org.migrationworkbench.core.WorkbenchException;

/**
 * A sign-off was refused because the ledger does not verify: appending to it would hide the damage behind a new,
 * valid-looking head. The CLI exits with 1, as {@code verify} does on a broken chain.
 */
public final class ChainBrokenException extends WorkbenchException {
    private static final long serialVersionUID = 1L;

    private final transient ChainVerification verification;

    ChainBrokenException(ChainVerification verification) {
        super("The sign-off ledger does not verify, so nothing was recorded (a new record would hide what is wrong): "
                + verification.problems().stream().map(p -> p.kind() + " record " + p.seq() + ": " + p.message())
                .collect(Collectors.joining("; ")) + ". Run 'verify' for details and restore the ledger from a "
                + "backup ('restore') before signing again.");
        this.verification = verification;
    }

    public ChainVerification verification() {
        return verification;
    }
}
