package org.migrationworkbench.core.signoff;

import java.util.Objects;

/**
 * One way in which the ledger differs from what Migration Workbench wrote.
 *
 * @param seq     the ledger position where it shows
 * @param kind    what kind of tampering it looks like
 * @param message what was found, for a person
 */
public record ChainProblem(long seq, Kind kind, String message) {
    /** Kinds of tampering the chain reveals. */
    public enum Kind {
        /** A record's content no longer matches its chain hash. */
        EDITED,
        /** A record that another one was chained to is gone. */
        DELETED,
        /** A record comes after one it was chained before. */
        REORDERED,
        /** A record that Migration Workbench did not append is in the chain. */
        INSERTED,
        /** The newest records are gone (the head file names a later record). */
        TRUNCATED,
        /** The head file is missing, unreadable or edited, so truncation cannot be ruled out. */
        HEAD,
        /** A record's signature is missing, invalid, or made with a key the workspace does not allow for its role. */
        SIGNATURE,
        /** The ledger differs from a head kept outside the workspace: records were deleted or rewritten. */
        WITNESS
    }

    public ChainProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
