package org.migrationworkbench.core.timeline;

/** Where a phase stands, as the dashboard shows it. Derived by {@link StatusRules}. */
public enum PhaseStatus {
    NOT_STARTED, IN_PROGRESS, AT_RISK, BLOCKED, DONE
}
