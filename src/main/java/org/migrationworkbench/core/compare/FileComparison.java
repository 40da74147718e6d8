package org.migrationworkbench.core.compare;

import java.util.Objects;
import java.util.Optional;

/** One file of a folder comparison: its relative path, status and (for pairs) the result of comparing it. */
public record FileComparison(String path, Status status, Optional<CompareResult> result, Optional<String> error) {
    public enum Status { ADDED, REMOVED, CHANGED, IDENTICAL, ERROR }

    public FileComparison {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(error, "error");
    }
}
