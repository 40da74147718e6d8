package org.migrationworkbench.core.timeline;

/** How a phase's gate diamond is coloured. */
public enum GateMark {
    /** Every gate requirement is met. */
    MET("met"),
    /** The gate has requirements that are not met yet (or it was not evaluated yet). */
    UNMET("not met"),
    /** The phase declares no gate requirement. */
    NONE("no gate");

    private final String label;

    GateMark(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
