package org.migrationworkbench.ui.readiness;

import java.util.Locale;
import java.util.Optional;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.readiness.Readiness.Scored;
import org.migrationworkbench.core.readiness.RuleResult;
import org.migrationworkbench.core.readiness.RuleStatus;

/**
 * One declared rule as the list shows it: its scored result (empty when it was not in the run), whether it is
 * running now, and its status in the previous run when that differs.
 */
public record RuleRow(Rule rule, Optional<Scored> scored, boolean running, Optional<RuleStatus> previous,
                      boolean changed) {
    static final String NO_PHASE = "(no phase)";
    static final String NO_CATEGORY = "(none)";

    static RuleRow notRun(Rule rule) {
        return new RuleRow(rule, Optional.empty(), false, Optional.empty(), false);
    }

    RuleRow runningNow() {
        return new RuleRow(rule, scored, true, previous, changed);
    }

    /** The result just reported by the engine, shown before the run is scored. */
    RuleRow finished(RuleResult result) {
        return new RuleRow(rule, Optional.of(new Scored(result, Optional.empty())), false, previous, false);
    }

    public String id() {
        return rule.id();
    }

    public Optional<RuleResult> result() {
        return scored.map(Scored::result);
    }

    /** "pass", "fail", "waived", "running", "not-run": the look (icon, colour) of the row. */
    public String look() {
        if (running) {
            return "running";
        }
        return scored.map(s -> s.waiver().isPresent() ? "waived" : s.result().status().id()).orElse("not-run");
    }

    /** The status as a word: "Pass", "Fail", "Waived", "Running…", "Not run". */
    public String word() {
        return switch (look()) {
            case "running" -> "Running…";
            case "not-run" -> "Not run";
            default -> look().substring(0, 1).toUpperCase(Locale.ROOT) + look().substring(1);
        };
    }

    /** "was fail" when the status differs from the previous run's, "new" when the rule was not in it. */
    public String changeNote() {
        if (!changed || scored.isEmpty()) {
            return "";
        }
        return previous.map(p -> "was " + p.id()).orElse("new");
    }

    public boolean canWaive() {
        return scored.map(Scored::failing).orElse(false);
    }

    public String phaseKey() {
        return rule.phase().orElse(NO_PHASE);
    }

    public String categoryKey() {
        return rule.category().orElse(NO_CATEGORY);
    }
}
