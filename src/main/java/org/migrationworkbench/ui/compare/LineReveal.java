package org.migrationworkbench.ui.compare;

/** Finds the display row of an old line, to open a pair scrolled to a place (e.g. a code reference). */
final class LineReveal {
    private LineReveal() {
    }

    /** The first display row showing old line {@code oldIndex} (from 0) or a later one; the last row if none. */
    static int rowOfOldLine(DiffAlignment a, int oldIndex) {
        int lo = 0;
        int hi = a.rowCount();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (oldAt(a, mid) < oldIndex) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return Math.min(lo, Math.max(0, a.rowCount() - 1));
    }

    /** The old line a row shows, or for a row with only a new line, that of the next row with an old one. */
    private static int oldAt(DiffAlignment a, int row) {
        for (int r = row; r < a.rowCount(); r++) {
            int old = a.row(r).oldIndex();
            if (old >= 0) {
                return old;
            }
        }
        return Integer.MAX_VALUE;
    }
}
