package org.migrationworkbench.core.signoff;

import java.util.Locale;

import org.migrationworkbench.core.WorkbenchException;

/** What a signer decided about a gate. */
public enum Decision {
    APPROVE, REJECT;

    /** The word stored and printed: {@code approve} or {@code reject}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The decision named by {@code id}.
     *
     * @throws WorkbenchException when it is neither {@code approve} nor {@code reject}
     */
    public static Decision of(String id) {
        for (Decision d : values()) {
            if (d.id().equals(id)) {
                return d;
            }
        }
        throw new WorkbenchException("Unknown sign-off decision '" + id + "': use approve or reject.");
    }
}
