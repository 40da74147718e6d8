package org.migrationworkbench.core.compare.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.compare.Difference;
import org.migrationworkbench.core.compare.DifferenceTally;
import org.migrationworkbench.core.compare.FieldChange;

/**
 * Reads the found rows back and reports them: removed and added rows with their text, paired rows cell by
 * cell (only real changes become differences), duplicate keys with every occurrence. Not thread-safe; each
 * join worker has its own, and the last write shares its work with the other worker's.
 */
final class DifferenceWriter implements AutoCloseable {
    /** Findings read back and compared at a time (and per thread when two share the work). */
    private static final int CHUNK = 2048;

    private final RowReader oldRows;
    private final RowReader newRows;
    private final RowDiffer differ;
    private final ColumnPlan plan;
    private final boolean keyed;
    private final DifferenceTally tally;

    DifferenceWriter(ColumnPlan plan, CsvHeader oldHeader, CsvHeader newHeader, DifferenceTally tally) {
        this.plan = plan;
        this.keyed = plan.keyCount() > 0;
        this.tally = tally;
        this.differ = new RowDiffer(plan, oldHeader, newHeader);
        this.oldRows = new RowReader(oldHeader);
        this.newRows = new RowReader(newHeader);
    }

    /** Reports the findings in line order and empties them. */
    void write(Findings found, Progress progress) {
        int[] order = found.order();
        for (int from = 0; from < order.length; from += CHUNK) {
            progress.checkCancelled();
            report(differences(found, order, from, Math.min(order.length, from + CHUNK)));
        }
        finishWrite(found);
    }

    /**
     * As {@link #write(Findings, Progress)}, with {@code helper} reading back and comparing every other chunk of
     * rows on a second thread; the differences still reach the tally in line order.
     */
    void write(Findings found, DifferenceWriter helper, Progress progress) {
        int[] order = found.order();
        for (int from = 0; from < order.length; from += 2 * CHUNK) {
            int start = from;
            int mid = Math.min(order.length, from + CHUNK);
            int end = Math.min(order.length, mid + CHUNK);
            Difference[][] parts = new Difference[2][];
            BothSides.run(progress, stop -> parts[1] = helper.differences(found, order, mid, end),
                    stop -> parts[0] = differences(found, order, start, mid));
            report(parts[0]);
            report(parts[1]);
        }
        finishWrite(found);
    }

    private void finishWrite(Findings found) {
        for (Findings.Duplicate d : found.duplicates()) {
            duplicate(d);
        }
        found.clear();
    }

    private void report(Difference[] differences) {
        for (Difference d : differences) {
            if (d != null) {
                tally.difference(d);
            }
        }
    }

    /** The differences of findings {@code order[from..to)}, null where a pair turned out equal. */
    private Difference[] differences(Findings found, int[] order, int from, int to) {
        Difference[] out = new Difference[to - from];
        for (int n = from; n < to; n++) {
            int i = order[n];
            out[n - from] = switch (found.kind(i)) {
                case Findings.REMOVED -> single(Difference.Kind.REMOVED, oldRows.read(found.oldOffset(i),
                        found.oldLine(i)), true);
                case Findings.ADDED -> single(Difference.Kind.ADDED, newRows.read(found.newOffset(i),
                        found.newLine(i)), false);
                default -> pair(oldRows.read(found.oldOffset(i), found.oldLine(i)),
                        newRows.read(found.newOffset(i), found.newLine(i)));
            };
        }
        return out;
    }

    private Difference single(Difference.Kind kind, RowReader.Record row, boolean old) {
        String key = keyed ? differ.key(row.cells(), old) : "line " + row.line();
        List<String> lines = lines(row.text());
        return new Difference(kind, key, old ? row.line() : 0, old ? 0 : row.line(), List.of(),
                old ? lines : List.of(), old ? List.of() : lines);
    }

    private Difference pair(RowReader.Record a, RowReader.Record b) {
        List<FieldChange> changes = differ.diff(a.cells(), b.cells());
        if (changes.isEmpty()) {
            return null;
        }
        return new Difference(Difference.Kind.CHANGED, differ.key(a.cells(), true), a.line(), b.line(), changes,
                lines(a.text()), lines(b.text()));
    }

    private void duplicate(Findings.Duplicate d) {
        List<String> oldLines = texts(oldRows, d.oldRows());
        List<String> newLines = texts(newRows, d.newRows());
        String key = d.oldRows().length > 0
                ? differ.key(oldRows.read(d.oldRows()[0], d.oldRows()[1]).cells(), true)
                : differ.key(newRows.read(d.newRows()[0], d.newRows()[1]).cells(), false);
        tally.difference(new Difference(Difference.Kind.DUPLICATE, key, first(d.oldRows()), first(d.newRows()),
                List.of(), oldLines, newLines));
    }

    /** The earliest line of a group's rows, 0 when none. */
    private static long first(long[] rows) {
        long line = Long.MAX_VALUE;
        for (int i = 1; i < rows.length; i += 2) {
            line = Math.min(line, rows[i]);
        }
        return rows.length == 0 ? 0 : line;
    }

    private static List<String> texts(RowReader reader, long[] rows) {
        long[][] byLine = new long[rows.length / 2][];
        for (int i = 0; i < byLine.length; i++) {
            byLine[i] = new long[] {rows[2 * i + 1], rows[2 * i]};
        }
        Arrays.sort(byLine, (x, y) -> Long.compare(x[0], y[0]));
        List<String> texts = new ArrayList<>();
        for (long[] r : byLine) {
            texts.addAll(lines(reader.read(r[1], r[0]).text()));
        }
        return texts;
    }

    /** The record's lines (a quoted cell may hold line breaks), split at LF or CR LF. */
    static List<String> lines(String text) {
        if (text.indexOf('\n') < 0) {
            return List.of(text);
        }
        List<String> lines = new ArrayList<>();
        int from = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
            int end = nl > from && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
            lines.add(text.substring(from, end));
            from = nl + 1;
        }
        lines.add(text.substring(from));
        return List.copyOf(lines);
    }

    /** Reports the tolerated and ignored counts per column, and cells that are not UTF-8. */
    void finish() {
        if (differ.sawBytesNotUtf8()) {
            tally.note("Some changed cells hold bytes that are not valid UTF-8: they are compared as bytes and shown"
                    + " as \uFFFD.");
        }
        for (int c = 0; c < plan.size(); c++) {
            if (differ.tolerated[c] > 0) {
                tally.tolerated(plan.name(c), differ.tolerated[c]);
            }
            if (differ.ignored[c] > 0) {
                tally.ignored(plan.name(c), differ.ignored[c]);
            }
        }
    }

    @Override
    public void close() {
        oldRows.close();
        newRows.close();
    }
}
