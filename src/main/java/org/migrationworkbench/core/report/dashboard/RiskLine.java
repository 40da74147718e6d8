package org.migrationworkbench.core.report.dashboard;

import java.util.Objects;

/**
 * One entry of the dashboard's top risks and blocked items.
 *
 * @param title  what is at risk (a phase, a rule, a checklist item, a metric)
 * @param detail why, in one line
 */
public record RiskLine(Kind kind, String title, String detail) {
    public RiskLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
    }

    /** What kind of risk, most important first; the label is short, it is shown as a pill. */
    public enum Kind {
        BLOCKED_PHASE("blocked phase", Tone.BAD),
        BLOCKER_RULE("blocker rule", Tone.BAD),
        BLOCKED_ITEM("blocked item", Tone.BAD),
        AT_RISK_PHASE("phase at risk", Tone.WARNING),
        CRITICAL_RISK("critical risk", Tone.BAD),
        MISSED_METRIC("missed metric", Tone.WARNING),
        HIGH_RISK("high risk", Tone.WARNING);

        private final String label;
        private final Tone tone;

        Kind(String label, Tone tone) {
            this.label = label;
            this.tone = tone;
        }

        public String label() {
            return label;
        }

        public Tone tone() {
            return tone;
        }
    }
}
