package org.migrationworkbench.core.compare;

import java.util.Locale;

/**
 * The longest single item a comparison holds in memory at once: a text line, a CSV record, a JSON string or
 * member name. Each is held whole while it is read (and again when it is shown), and a reader's buffer grows to at
 * most twice it, so with the bound a comparison of any input stays within a 512 MB heap; without it a 1 GB line
 * ended in an {@code OutOfMemoryError} or a {@code NegativeArraySizeException}. A longer item is refused with a
 * message naming its file and line. 16 MiB is far beyond the lines of logs, reports and exports.
 */
public final class InputLimits {
    /** 16 MiB, in bytes (for JSON strings and names: in characters, as Jackson counts). */
    public static final int LONGEST_ITEM = 16 << 20;

    private InputLimits() {
    }

    /** A size as people read it: {@code 16 MB}, or {@code 1,024 bytes} when not a whole number of megabytes. */
    public static String shown(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return (bytes >> 20) + " MB";
        }
        return String.format(Locale.ROOT, "%,d bytes", bytes);
    }
}
