package org.migrationworkbench.core.compare;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored run of a declared comparison. {@code resultDigest} covers the input digest and the whole result:
 * a sign-off that saw this run binds to it.
 */
public record ComparisonRun(long id, String comparisonId, Instant startedAt, long durationMs, CompareResult result,
                            String resultDigest) {
    public ComparisonRun {
        Objects.requireNonNull(comparisonId, "comparisonId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(resultDigest, "resultDigest");
    }
}
