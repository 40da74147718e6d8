package org.migrationworkbench.core.model;

import java.util.Locale;

/** How likely a phase is to slip or hurt, as declared in workbench.yaml. */
public enum Risk {
    LOW, MEDIUM, HIGH, CRITICAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
