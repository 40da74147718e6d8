package org.migrationworkbench.core.compare.json;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.migrationworkbench.core.CancelledException;
import org.migrationworkbench.core.Progress;

/**
 * What the first pass over each side needs, whichever reader it uses: the paths of keys, ignores and set
 * arrays, the key paths as given, whether the input is JSON Lines, progress, and the flag set when the other
 * side failed.
 */
record ScanSetup(JsonPaths paths, List<String> keys, boolean jsonLines, Progress progress, AtomicBoolean stop) {
    /** Throws {@link CancelledException} when the user cancelled or the other side failed. */
    void checkCancelled() {
        progress.checkCancelled();
        if (stop.get()) {
            throw new CancelledException();
        }
    }
}
