package org.migrationworkbench.ui.signoff;

import java.util.Locale;

/** What a sign-off matrix cell shows for one role at one gate. */
public enum CellState {
    /** Enough people approved and nothing changed since. */
    APPROVED("Approved"),
    /** Enough approvals, but the ledger does not verify, so they cannot be trusted and do not count. */
    UNVERIFIED("Unverified"),
    /** A rejection is in force. */
    REJECTED("Rejected"),
    /** An approval is in force but the gate's evidence changed since: it no longer counts. */
    STALE("Stale"),
    /** Not (yet) enough approvals. */
    MISSING("Missing"),
    /** The gate does not require this role. */
    NOT_REQUIRED("—");

    private final String word;

    CellState(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** The style class suffix: {@code approved}, {@code not-required}. */
    public String look() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
