package org.migrationworkbench.ui.compare;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.migrationworkbench.core.compare.CompareResult;
import org.migrationworkbench.core.compare.TextOptions;

/**
 * A finished comparison to show: what it was, where both sides are on disk (empty when a side is only
 * readable through the runner, e.g. a git revision), the result, and the text options it was compared with
 * (the side-by-side view starts from them, normalizers included).
 */
public record PairResult(String title, Optional<Path> oldPath, Optional<Path> newPath, CompareResult result,
                         TextOptions text) {
    public PairResult {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(oldPath, "oldPath");
        Objects.requireNonNull(newPath, "newPath");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(text, "text");
    }

    /** A result compared with exact text options. */
    public PairResult(String title, Optional<Path> oldPath, Optional<Path> newPath, CompareResult result) {
        this(title, oldPath, newPath, result, TextOptions.EXACT);
    }

    /** Whether both sides can be opened from disk. */
    public boolean onDisk() {
        return oldPath.isPresent() && newPath.isPresent();
    }
}
