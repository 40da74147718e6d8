package org.migrationworkbench.core.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.migrationworkbench.core.Progress;

/** A test comparator: lines only in old are removed, only in new added (multiset, order ignored). */
final class LinesComparator implements PairComparator {
    @Override
    public void compare(Path oldFile, Path newFile, CompareOptions options, DifferenceTally tally, Progress progress) {
        List<String> a = read(oldFile);
        List<String> b = read(newFile);
        tally.counts(a.size(), b.size());
        List<String> onlyNew = new ArrayList<>(b);
        for (String line : a) {
            if (!onlyNew.remove(line)) {
                tally.difference(Difference.record(Difference.Kind.REMOVED, line, 0, 0, List.of()));
            }
        }
        onlyNew.forEach(line -> tally.difference(Difference.record(Difference.Kind.ADDED, line, 0, 0, List.of())));
    }

    private static List<String> read(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
