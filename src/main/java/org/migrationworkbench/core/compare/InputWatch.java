package org.migrationworkbench.core.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Tells whether the two files of a comparison stayed as they were from its start to its end: their stamps
 * ({@link FileStamp}) before and after, and the sizes the comparator read (its fingerprints) against the files'
 * sizes. Checking attributes costs nothing next to the comparison; reading the files again to checksum them would
 * cost a second pass.
 */
final class InputWatch {
    private final Path oldFile;
    private final Path newFile;
    private final FileStamp oldStamp;
    private final FileStamp newStamp;

    private InputWatch(Path oldFile, Path newFile) {
        this.oldFile = oldFile;
        this.newFile = newFile;
        this.oldStamp = stamp(oldFile);
        this.newStamp = stamp(newFile);
    }

    /** The file's stamp; a file gone since its folder was listed counts as changed. */
    private static FileStamp stamp(Path file) {
        return FileStamp.read(file).orElseThrow(() -> new InputChangedException(file));
    }

    /** Takes both files' stamps now, before the comparison reads them. */
    static InputWatch start(Path oldFile, Path newFile) {
        return new InputWatch(oldFile, newFile);
    }

    /**
     * After the comparison: throws {@link InputChangedException} when a file changed. {@code fingerprints} are the
     * comparator's ({@link DifferenceTally#fingerprints()}), empty when it computed none.
     */
    void requireUnchanged(List<String> fingerprints) {
        check(oldFile, oldStamp, fingerprints.isEmpty() ? -1 : InputDigest.size(fingerprints.get(0)), null);
        check(newFile, newStamp, fingerprints.isEmpty() ? -1 : InputDigest.size(fingerprints.get(1)), null);
    }

    /** After a comparison failed: throws an {@link InputChangedException}, caused by {@code failure}, on a change. */
    void requireUnchangedAfter(RuntimeException failure) {
        check(oldFile, oldStamp, -1, failure);
        check(newFile, newStamp, -1, failure);
    }

    private static void check(Path file, FileStamp before, long sizeRead, RuntimeException failure) {
        Optional<FileStamp> now = FileStamp.read(file);
        if (now.isEmpty() || !now.get().equals(before) || sizeRead >= 0 && sizeRead != before.size()) {
            throw failure == null ? new InputChangedException(file) : new InputChangedException(file, failure);
        }
    }
}
