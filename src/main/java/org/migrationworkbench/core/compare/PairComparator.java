package org.migrationworkbench.core.compare;

import java.nio.file.Path;
import org.migrationworkbench.core.Progress;

/**
 * Compares one pair of files of one format. Implementations report every difference, tolerated and ignored
 * value and the item counts to the tally, report progress in bytes read and stop promptly when cancelled
 * ({@link org.migrationworkbench.core.CancelledException}). Bad input (unparsable content) is a
 * {@link org.migrationworkbench.core.WorkbenchException} naming the file, line and column.
 */
public interface PairComparator {
    void compare(Path oldFile, Path newFile, CompareOptions options, DifferenceTally tally, Progress progress);
}
