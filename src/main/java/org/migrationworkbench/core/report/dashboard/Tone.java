package org.migrationworkbench.core.report.dashboard;

import java.util.Locale;

import org.migrationworkbench.core.readiness.Readiness;
import org.migrationworkbench.core.report.MetricVerdict;
import org.migrationworkbench.core.timeline.PhaseStatus;

/** How a dashboard value reads at a glance; the view gives each tone one colour. */
public enum Tone {
    GOOD, WARNING, BAD, NEUTRAL;

    /** The tone of a phase status: done is good, at risk a warning, blocked bad. */
    public static Tone of(PhaseStatus status) {
        return switch (status) {
            case DONE -> GOOD;
            case AT_RISK -> WARNING;
            case BLOCKED -> BAD;
            case IN_PROGRESS, NOT_STARTED -> NEUTRAL;
        };
    }

    /** The tone of a metric's verdict: met is good, missed bad, pending neutral. */
    public static Tone of(MetricVerdict verdict) {
        return switch (verdict) {
            case MET -> GOOD;
            case MISSED -> BAD;
            case PENDING -> NEUTRAL;
        };
    }

    /** The tone of a readiness level: ready is good, at risk a warning, not ready bad. */
    public static Tone of(Readiness.Level level) {
        return switch (level) {
            case READY -> GOOD;
            case AT_RISK -> WARNING;
            case NOT_READY -> BAD;
        };
    }

    /** The style class suffix: {@code good}, {@code warning}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
