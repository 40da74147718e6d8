package org.migrationworkbench.core.timeline;

import java.util.Locale;

/** Where a phase stands, as the dashboard shows it. Derived by {@link StatusRules}. */
public enum PhaseStatus {
    NOT_STARTED, IN_PROGRESS, AT_RISK, BLOCKED, DONE;

    /** The status in words: {@code not started}, {@code in progress}, {@code at risk}, {@code blocked}, {@code done}. */
    public String label() {
        return name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
