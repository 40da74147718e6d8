package org.migrationworkbench.ui.compare;

import java.util.Arrays;
import java.util.List;
import org.migrationworkbench.core.compare.text.Edit;

/**
 * Maps display rows of the side-by-side view to old and new lines, computed from the edit list alone: a
 * common run shows its lines paired, a hunk pairs its first lines as changed and leaves a gap opposite the
 * rest. Costs a few ints per run, so a million-line pair with few differences takes almost no memory.
 */
public final class DiffAlignment {
    private final int[] rowStart;
    private final int[] oldStart;
    private final int[] newStart;
    private final int[] oldLength;
    private final int[] newLength;
    private final int[] hunkOf;
    private final int[] hunkSegment;
    private final int rows;
    private final int segmentCount;

    public DiffAlignment(List<Edit> edits, int oldCount, int newCount) {
        int capacity = 2 * edits.size() + 1;
        rowStart = new int[capacity];
        oldStart = new int[capacity];
        newStart = new int[capacity];
        oldLength = new int[capacity];
        newLength = new int[capacity];
        hunkOf = new int[capacity];
        hunkSegment = new int[edits.size()];
        int segments = 0;
        int row = 0;
        int o = 0;
        int n = 0;
        for (int k = 0; k <= edits.size(); k++) {
            Edit e = k < edits.size() ? edits.get(k) : new Edit(oldCount, oldCount, newCount, newCount);
            if (e.oldStart() > o || e.newStart() > n) {
                row = segment(segments++, row, o, n, e.oldStart() - o, e.newStart() - n, -1);
            }
            if (k < edits.size()) {
                hunkSegment[k] = segments;
                row = segment(segments++, row, e.oldStart(), e.newStart(), e.oldLength(), e.newLength(), k);
            }
            o = e.oldEnd();
            n = e.newEnd();
        }
        this.rows = row;
        this.segmentCount = segments;
    }

    private int segment(int s, int row, int o, int n, int lo, int ln, int hunk) {
        rowStart[s] = row;
        oldStart[s] = o;
        newStart[s] = n;
        oldLength[s] = lo;
        newLength[s] = ln;
        hunkOf[s] = hunk;
        return row + Math.max(Math.max(lo, ln), hunk >= 0 ? 1 : 0);
    }

    public int rowCount() {
        return rows;
    }

    public int hunkCount() {
        return hunkSegment.length;
    }

    /** The first display row of difference {@code hunk}. */
    public int hunkRow(int hunk) {
        return rowStart[hunkSegment[hunk]];
    }

    /** How many display rows difference {@code hunk} takes. */
    public int hunkRows(int hunk) {
        int s = hunkSegment[hunk];
        return Math.max(1, Math.max(oldLength[s], newLength[s]));
    }

    /** ADDED, REMOVED or CHANGED: what difference {@code hunk} does as a whole. */
    public DiffRow.Kind hunkKind(int hunk) {
        int s = hunkSegment[hunk];
        if (oldLength[s] == 0) {
            return DiffRow.Kind.ADDED;
        }
        return newLength[s] == 0 ? DiffRow.Kind.REMOVED : DiffRow.Kind.CHANGED;
    }

    /** The lines shown on display row {@code row}. */
    public DiffRow row(int row) {
        if (row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException(row);
        }
        int s = Arrays.binarySearch(rowStart, 0, segmentCount, row);
        if (s < 0) {
            s = -s - 2; // every segment has a row, so starts are strictly increasing
        }
        int offset = row - rowStart[s];
        int o = offset < oldLength[s] ? oldStart[s] + offset : -1;
        int n = offset < newLength[s] ? newStart[s] + offset : -1;
        int hunk = hunkOf[s];
        if (hunk < 0) {
            return new DiffRow(DiffRow.Kind.SAME, o, n, -1);
        }
        DiffRow.Kind kind = o >= 0 && n >= 0 ? DiffRow.Kind.CHANGED : o >= 0 ? DiffRow.Kind.REMOVED
                : DiffRow.Kind.ADDED;
        return new DiffRow(kind, o, n, hunk);
    }
}
