package org.migrationworkbench.ui.compare;

import java.nio.file.Path;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.compare.TextOptions;
import org.migrationworkbench.core.compare.text.TextDiff;

/**
 * Computes the line diff of two text files for the side-by-side view. The app wires the core text comparator
 * ({@code TextComparator::diff}); called on a worker thread, honours cancellation.
 */
@FunctionalInterface
public interface TextDiffer {
    TextDiff diff(Path oldFile, Path newFile, TextOptions options, Progress progress);
}
