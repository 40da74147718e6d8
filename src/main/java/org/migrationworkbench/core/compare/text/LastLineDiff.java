package org.migrationworkbench.core.compare.text;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;

import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.compare.InputDigest;
import org.migrationworkbench.core.compare.InputLimits;
import org.migrationworkbench.core.compare.TextOptions;

/**
 * The last line diff computed, kept (softly) so that the side-by-side view of a pair a comparison has just counted
 * does not diff it a second time. Reused only for the same two files compared with the same options, and only when
 * their size, modification time and content checksum (CRC-32C, read again: far cheaper than the diff) are still
 * those the diff was computed from; the memory goes when the collector needs it. Thread-safe.
 */
final class LastLineDiff {
    private static SoftReference<Entry> last = new SoftReference<>(null);

    private LastLineDiff() {
    }

    /** What a diff was computed from. */
    private record Key(Path oldFile, long oldSize, FileTime oldModified, Path newFile, long newSize,
                       FileTime newModified, String options) {
    }

    private record Entry(Key key, LineDiff diff) {
    }

    /** The line diff of the pair, lines of up to {@link InputLimits#LONGEST_ITEM} bytes. */
    static LineDiff of(Path oldFile, Path newFile, TextOptions options, Progress progress) {
        return of(oldFile, newFile, options, progress, InputLimits.LONGEST_ITEM);
    }

    /** The line diff of the pair: the last one when it is of this pair as it is now, else computed. */
    static LineDiff of(Path oldFile, Path newFile, TextOptions options, Progress progress, int maxLine) {
        Optional<Key> key = key(oldFile, newFile, options, maxLine);
        Entry entry;
        synchronized (LastLineDiff.class) {
            entry = last.get();
        }
        if (key.isPresent() && entry != null && entry.key().equals(key.get())
                && unchanged(entry.diff(), oldFile, newFile)) {
            return entry.diff();
        }
        LineDiff diff = LineDiff.of(oldFile, newFile, options, progress, maxLine);
        if (key.isPresent() && key.equals(key(oldFile, newFile, options, maxLine))) { // unchanged while it was read
            synchronized (LastLineDiff.class) {
                last = new SoftReference<>(new Entry(key.get(), diff));
            }
        }
        return diff;
    }

    private static boolean unchanged(LineDiff diff, Path oldFile, Path newFile) {
        return InputDigest.fileFingerprint(oldFile).equals(diff.oldTable().fingerprint)
                && InputDigest.fileFingerprint(newFile).equals(diff.newTable().fingerprint);
    }

    private static Optional<Key> key(Path oldFile, Path newFile, TextOptions options, int maxLine) {
        try {
            BasicFileAttributes a = Files.readAttributes(oldFile, BasicFileAttributes.class);
            BasicFileAttributes b = Files.readAttributes(newFile, BasicFileAttributes.class);
            return Optional.of(new Key(oldFile.toAbsolutePath().normalize(), a.size(),
                    a.lastModifiedTime(), newFile.toAbsolutePath().normalize(), b.size(), b.lastModifiedTime(),
                    describe(options) + "," + maxLine));
        } catch (IOException e) {
            return Optional.empty(); // reading the files reports it
        }
    }

    private static String describe(TextOptions o) {
        List<String> normalizers = o.normalizers().stream()
                .map(n -> n.name() + "\u0000" + n.pattern().pattern() + "\u0000" + n.pattern().flags() + "\u0000"
                        + n.replacement()).toList();
        return o.ignoreWhitespace() + "," + o.ignoreCase() + "," + o.ignoreBlankLines() + "," + normalizers;
    }
}
