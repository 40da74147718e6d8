package org.migrationworkbench.core.compare;

import java.nio.file.Path;
import java.util.List;
import org.migrationworkbench.core.Progress;

/** Binary files: equal when their content is; a difference shows both sizes and checksums. */
final class BinaryComparator implements PairComparator {
    @Override
    public void compare(Path oldFile, Path newFile, CompareOptions options, DifferenceTally tally, Progress progress) {
        progress.begin("Comparing binary files", -1);
        String a = InputDigest.fileFingerprint(oldFile);
        progress.checkCancelled();
        String b = InputDigest.fileFingerprint(newFile);
        tally.counts(1, 1);
        tally.note("Binary files are compared by size and checksum.");
        if (!a.equals(b)) {
            tally.difference(new Difference(Difference.Kind.CHANGED, "binary", 0, 0,
                    List.of(new FieldChange("size:crc32c", a, b)), List.of(), List.of()));
        }
    }
}
