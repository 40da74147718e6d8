package org.migrationworkbench.ui.common;

import java.nio.file.Path;

/**
 * Opens two files side by side in the Compare view, from elsewhere in the app (e.g. a readiness code-ref
 * rule's two references). UI thread only.
 */
@FunctionalInterface
public interface PairOpener {
    /**
     * Compares {@code oldFile} with {@code newFile} ad hoc and shows them side by side, scrolled to
     * {@code oldLine} (from 1; 0 for the top).
     */
    void open(Path oldFile, Path newFile, int oldLine, int newLine, String title);
}
