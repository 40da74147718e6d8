package org.migrationworkbench.core.model;

import java.util.Locale;

/** How much a failing readiness rule blocks. */
public enum Severity {
    BLOCKER, MAJOR, MINOR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
