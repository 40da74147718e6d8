package org.migrationworkbench.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.migrationworkbench.core.WorkbenchException;

/**
 * Refuses a write that must be durable when the disk holding the store is (nearly) full. H2 does not always report a
 * failed write to the statement that caused it, so a write is not even started with less than {@link #MINIMUM} free.
 */
public final class DiskSpace {
    /** Free bytes needed before a durable write: room for the database's next chunks, the head file and the log. */
    public static final long MINIMUM = 2L * 1024 * 1024;
    /** A system property that sets another minimum (bytes), for tests on small file systems. */
    static final String MINIMUM_PROPERTY = "workbench.store.minFreeBytes";

    private DiskSpace() {
    }

    /**
     * @throws DiskFullException when the file system of {@code folder} has less than the minimum free
     */
    public static void require(Path folder, String what) {
        long free;
        try {
            free = Files.getFileStore(existing(folder)).getUsableSpace();
        } catch (IOException e) {
            return; // the write itself reports what is wrong with the folder
        }
        long minimum = Long.getLong(MINIMUM_PROPERTY, MINIMUM);
        if (free < minimum) {
            throw new DiskFullException("The disk holding " + folder + " is full (" + free / 1024 + " KB free; at "
                    + "least " + minimum / 1024 + " KB are needed to store " + what + " safely). Nothing was "
                    + "recorded. Free some space and try again.");
        }
    }

    private static Path existing(Path folder) {
        Path at = folder.toAbsolutePath();
        while (at != null && !Files.exists(at)) {
            at = at.getParent();
        }
        return at == null ? folder : at;
    }

    /** True when {@code e} or a cause says the device is out of space. */
    public static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("No space left on device") || message.contains("There is not enough space")) {
                return true;
            }
        }
        return false;
    }

    /** The disk is full: nothing was written. */
    public static final class DiskFullException extends WorkbenchException {
        private static final long serialVersionUID = 1L;

        DiskFullException(String message) {
            super(message);
        }
    }
}
