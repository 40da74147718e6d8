package org.migrationworkbench.core.compare;

import java.nio.file.Path;
import org.migrationworkbench.core.WorkbenchException;

/**
 * An input changed while it was compared: what was read may match neither version, so there is no verdict (a
 * declared comparison stores no run). Like cancelling, it ends a folder comparison instead of marking one file.
 */
public final class InputChangedException extends WorkbenchException {
    private static final long serialVersionUID = 1L;

    public InputChangedException(Path file) {
        super(file + " changed while it was compared; compare again when it is complete.");
    }

    /** With what failed because of the change (a record that moved, a line that grew). */
    public InputChangedException(Path file, Throwable cause) {
        super(file + " changed while it was compared; compare again when it is complete.", cause);
    }
}
