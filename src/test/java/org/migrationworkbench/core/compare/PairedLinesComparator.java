package org.migrationworkbench.core.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.migrationworkbench.core.Progress;

/** A test text comparator: line i against line i; each differing pair is a one-line CHANGED hunk. */
final class PairedLinesComparator implements PairComparator {
    @Override
    public void compare(Path oldFile, Path newFile, CompareOptions options, DifferenceTally tally, Progress progress) {
        tally.lines();
        try {
            List<String> a = Files.readAllLines(oldFile);
            List<String> b = Files.readAllLines(newFile);
            tally.counts(a.size(), b.size());
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                if (!a.get(i).equals(b.get(i))) {
                    tally.difference(new Difference(Difference.Kind.CHANGED, (i + 1) + "c" + (i + 1), i + 1, i + 1,
                            List.of(), List.of(a.get(i)), List.of(b.get(i))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
