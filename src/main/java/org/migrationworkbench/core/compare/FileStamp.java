package org.migrationworkbench.core.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

/**
 * What a file's attributes say about its content, to tell whether it changed: size, modification time, identity
 * (replaced by another file under the same name) and, where the file system has one, the change time (which
 * tools that put the modification time back cannot set). Symbolic links are followed. Reads no content.
 *
 * @param fileKey the file's identity (device and inode on Unix), empty where unknown
 * @param changed the status change time (Unix ctime), empty where unknown
 */
record FileStamp(long size, FileTime modified, Optional<Object> fileKey, Optional<FileTime> changed) {
    /** The file's stamp now; empty when its attributes cannot be read (it is gone). */
    static Optional<FileStamp> read(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return Optional.of(new FileStamp(a.size(), a.lastModifiedTime(), Optional.ofNullable(a.fileKey()),
                    changeTime(file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<FileTime> changeTime(Path file) {
        try {
            return Optional.of((FileTime) Files.getAttribute(file, "unix:ctime"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Optional.empty(); // no unix attribute view (Windows): size, time and identity still tell
        }
    }
}
