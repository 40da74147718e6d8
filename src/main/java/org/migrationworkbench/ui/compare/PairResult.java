package org.migrationworkbench.ui.compare;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.migrationworkbench.core.compare.CompareResult;
import org.migrationworkbench.core.compare.TextOptions;
import org.migrationworkbench.core.model.Comparison;

/**
 * A finished comparison to show: what it was, where both sides are on disk (empty when a side is only
 * readable through the runner, e.g. a git revision), the result, the text options it was compared with
 * (the side-by-side view starts from them, normalizers included), the declared comparison it came from (empty
 * for ad-hoc pairs, which have no register), and the old line to scroll to first (0: the top).
 */
public record PairResult(String title, Optional<Path> oldPath, Optional<Path> newPath, CompareResult result,
                         TextOptions text, Optional<Comparison> declared, int revealLine) {
    public PairResult {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(oldPath, "oldPath");
        Objects.requireNonNull(newPath, "newPath");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(declared, "declared");
    }

    /** An ad-hoc result compared with the given text options. */
    public PairResult(String title, Optional<Path> oldPath, Optional<Path> newPath, CompareResult result,
                      TextOptions text) {
        this(title, oldPath, newPath, result, text, Optional.empty(), 0);
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
