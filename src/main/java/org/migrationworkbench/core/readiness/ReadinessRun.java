package org.migrationworkbench.core.readiness;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One run of readiness rules: when, for which phase (all when empty), every result, whether it was cancelled. */
public record ReadinessRun(Instant started, Instant finished, Optional<String> phase, List<RuleResult> results,
                           boolean cancelled) {
    public ReadinessRun {
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
        Objects.requireNonNull(phase, "phase");
        results = List.copyOf(results);
    }

    public Optional<RuleResult> result(String ruleId) {
        return results.stream().filter(r -> r.rule().id().equals(ruleId)).findFirst();
    }
}
