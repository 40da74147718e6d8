package org.migrationworkbench.core.readiness;

import java.util.Locale;

/** The outcome of checking one rule. ERROR means the check itself failed; it never counts as a pass. */
public enum RuleStatus {
    PASS, WARN, FAIL, ERROR, SKIPPED;

    /** As written in JSON and the store: {@code pass}, {@code warn}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
