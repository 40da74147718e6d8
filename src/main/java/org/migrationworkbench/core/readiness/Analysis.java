package org.migrationworkbench.core.readiness;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored readiness run with its verdict, and each rule's status in the previous run (absent for rules that
 * were not in it), so a view can show what changed.
 */
public record Analysis(long runId, ReadinessRun run, Readiness readiness, Map<String, RuleStatus> previous) {
    public Analysis {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(readiness, "readiness");
        previous = Map.copyOf(previous);
    }

    /** The rule's status in the previous run, when it had one. */
    public Optional<RuleStatus> previousStatus(String ruleId) {
        return Optional.ofNullable(previous.get(ruleId));
    }

    /** True when the rule's status differs from the previous run's (or it is new). */
    public boolean changed(String ruleId) {
        return run.result(ruleId).map(r -> previousStatus(ruleId).map(p -> p != r.status()).orElse(true))
                .orElse(false);
    }
}
