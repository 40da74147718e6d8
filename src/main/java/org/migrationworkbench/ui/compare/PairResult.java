package org.migrationworkbench.ui.compare;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.migrationworkbench.core.compare.CompareResult;

/**
 * A finished comparison to show: what it was, where both sides are on disk (empty when a side is only
 * readable through the runner, e.g. a git revision), and the result.
 */
public record PairResult(String title, Optional<Path> oldPath, Optional<Path> newPath, CompareResult result) {
    public PairResult {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(oldPath, "oldPath");
        Objects.requireNonNull(newPath, "newPath");
        Objects.requireNonNull(result, "result");
    }

    /** Whether both sides can be opened from disk. */
    public boolean onDisk() {
        return oldPath.isPresent() && newPath.isPresent();
    }
}
