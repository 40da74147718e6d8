package org.migrationworkbench.core.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.migrationworkbench.core.WorkbenchException;

/**
 * Refuses what is neither a regular file nor a folder (a FIFO, a device, a socket) before anything opens it:
 * opening a FIFO blocks until something writes to it, and a device such as {@code /dev/zero} never ends. Only
 * attributes are read, never the file itself.
 */
final class SpecialFiles {
    private SpecialFiles() {
    }

    /** A side of a comparison (symbolic links followed): a regular file or a folder, or refused. */
    static void requireFileOrFolder(Path side, String which) {
        if (Files.isRegularFile(side) || Files.isDirectory(side)) {
            return;
        }
        throw new WorkbenchException("The " + which + " side " + side + " is " + kind(side)
                + ", not a file or a folder: only regular files and folders can be compared.");
    }

    /**
     * Whether an entry found in a compared folder (symbolic links not followed) is compared: regular files are,
     * folders and symbolic links are not; anything else is refused.
     */
    static boolean isComparedEntry(Path entry, BasicFileAttributes attributes, Path folder) {
        if (attributes.isRegularFile()) {
            return true;
        }
        if (attributes.isDirectory() || attributes.isSymbolicLink()) {
            return false;
        }
        throw new WorkbenchException(entry + " is " + kind(entry, LinkOption.NOFOLLOW_LINKS) + " inside the folder "
                + folder + ": only regular files can be compared; move it out of the folder and compare again.");
    }

    /** What a special file is, for messages: "a FIFO (named pipe)", "a character device"… */
    static String kind(Path file, LinkOption... options) {
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode", options);
            return switch (mode & 0170000) {
                case 0010000 -> "a FIFO (named pipe)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file"; // no unix attribute view (Windows): the kind does not matter for the refusal
        }
    }
}
