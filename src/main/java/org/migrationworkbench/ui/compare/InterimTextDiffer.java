package org.migrationworkbench.ui.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.compare.TextOptions;
import org.migrationworkbench.core.compare.text.Edit;
import org.migrationworkbench.core.compare.text.TextDiff;

/**
 * A stand-in line differ until the app wires the core text comparator ({@code TextComparator::diff}): reads
 * both files into memory and runs JGit's HistogramDiff over the lines as the options normalize them. Fine for
 * files of a few hundred megabytes at most; blank lines ignored are simply left out of the diff.
 */
public final class InterimTextDiffer implements TextDiffer {
    @Override
    public TextDiff diff(Path oldFile, Path newFile, TextOptions options, Progress progress) {
        progress.begin("Reading " + oldFile.getFileName(), -1);
        List<String> a = read(oldFile);
        progress.checkCancelled();
        List<String> b = read(newFile);
        progress.checkCancelled();
        progress.begin("Comparing lines", -1);
        Lines x = new Lines(a, options);
        Lines y = new Lines(b, options);
        List<Edit> edits = new ArrayList<>();
        for (org.eclipse.jgit.diff.Edit e : new HistogramDiff().diff(Lines.COMPARATOR, x, y)) {
            edits.add(new Edit(x.original(e.getBeginA()), x.original(e.getEndA()), y.original(e.getBeginB()),
                    y.original(e.getEndB())));
        }
        return new ListTextDiff(a, b, edits);
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The lines as compared: normalized, blank ones left out when ignored, each knowing its original index. */
    private static final class Lines extends Sequence {
        static final SequenceComparator<Lines> COMPARATOR = new SequenceComparator<>() {
            @Override
            public boolean equals(Lines a, int ai, Lines b, int bi) {
                return a.keys.get(ai).equals(b.keys.get(bi));
            }

            @Override
            public int hash(Lines seq, int i) {
                return seq.keys.get(i).hashCode();
            }
        };
        private final List<String> keys = new ArrayList<>();
        private final List<Integer> index = new ArrayList<>();
        private final int total;

        Lines(List<String> lines, TextOptions o) {
            total = lines.size();
            for (int i = 0; i < lines.size(); i++) {
                String key = lines.get(i);
                if (o.ignoreBlankLines() && key.isBlank()) {
                    continue;
                }
                key = o.ignoreWhitespace() ? key.replaceAll("\\s+", "") : key;
                keys.add(o.ignoreCase() ? key.toLowerCase(Locale.ROOT) : key);
                index.add(i);
            }
        }

        @Override
        public int size() {
            return keys.size();
        }

        int original(int i) {
            return i < index.size() ? index.get(i) : total;
        }
    }

    /** A diff over lines held in memory. */
    record ListTextDiff(List<String> old, List<String> neu, List<Edit> edits) implements TextDiff {
        @Override
        public int oldLineCount() {
            return old.size();
        }

        @Override
        public int newLineCount() {
            return neu.size();
        }

        @Override
        public String oldLine(int index) {
            return old.get(index);
        }

        @Override
        public String newLine(int index) {
            return neu.get(index);
        }

        @Override
        public void close() {
        }
    }
}
