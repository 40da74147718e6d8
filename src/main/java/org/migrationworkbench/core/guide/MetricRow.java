package org.migrationworkbench.core.guide;

import java.util.Objects;
import java.util.Optional;
import org.migrationworkbench.core.model.MetricTarget;

/**
 * A row of a metrics table (Metric | Target | Actual | Status). {@code target} is parsed when it has an
 * operator ({@code ≤7.0s}, {@code >90%}); a bare quantity ({@code 3,574 lines}) keeps only its text.
 * {@code actual} is empty for {@code [FILL]}, blanks and dashes.
 */
public record MetricRow(String name, String targetText, Optional<MetricTarget> target, Optional<String> actual,
                        String status, int line) {
    public MetricRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(targetText, "targetText");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(status, "status");
    }
}
