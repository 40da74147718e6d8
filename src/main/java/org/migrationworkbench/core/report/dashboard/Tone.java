package org.migrationworkbench.core.report.dashboard;

import java.util.Locale;

/** How a dashboard value reads at a glance; the view gives each tone one colour. */
public enum Tone {
    GOOD, WARNING, BAD, NEUTRAL;

    /** The style class suffix: {@code good}, {@code warning}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
