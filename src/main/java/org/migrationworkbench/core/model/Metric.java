package org.migrationworkbench.core.model;

import java.util.Objects;
import java.util.Optional;

/** A success metric: a target, and the actual value once measured (absent means pending). */
public record Metric(String name, MetricTarget target, Optional<String> actual, Optional<String> phase) {
    public Metric {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(phase, "phase");
    }
}
