package org.migrationworkbench.core.compare.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Turns the common lines of an alignment into hunks: each run of old and new lines between two paired common
 * lines is one {@link Edit}. When blank lines are ignored, a hunk loses its blank lines at either end, and a hunk
 * of blank lines only is dropped (blank lines inside a hunk stay, as with GNU {@code diff -B}).
 */
final class Hunks {
    private Hunks() {
    }

    static List<Edit> of(LineAligner.Common common, LineTable oldTable, LineTable newTable, boolean ignoreBlank) {
        BitSet ca = common.oldLines();
        BitSet cb = common.newLines();
        int n = oldTable.lineCount();
        int m = newTable.lineCount();
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            int nextA = next(ca, i, n);
            int nextB = next(cb, j, m);
            if (nextA == i && nextB == j) {
                int run = Math.min(end(ca, i, n) - i, end(cb, j, m) - j);
                i += run;
                j += run;
                continue;
            }
            Edit e = new Edit(i, nextA, j, nextB);
            if (ignoreBlank) {
                e = trimBlank(e, oldTable.blank, newTable.blank);
            }
            if (e != null) {
                edits.add(e);
            }
            i = nextA;
            j = nextB;
        }
        return edits;
    }

    private static int next(BitSet bits, int from, int limit) {
        int k = bits.nextSetBit(from);
        return k < 0 || k > limit ? limit : k;
    }

    private static int end(BitSet bits, int from, int limit) {
        return Math.min(bits.nextClearBit(from), limit);
    }

    /** The edit without blank lines at its ends; null when only blank lines are left. */
    private static Edit trimBlank(Edit e, BitSet oldBlank, BitSet newBlank) {
        int os = e.oldStart();
        int oe = e.oldEnd();
        while (os < oe && oldBlank.get(os)) {
            os++;
        }
        while (oe > os && oldBlank.get(oe - 1)) {
            oe--;
        }
        int ns = e.newStart();
        int ne = e.newEnd();
        while (ns < ne && newBlank.get(ns)) {
            ns++;
        }
        while (ne > ns && newBlank.get(ne - 1)) {
            ne--;
        }
        if (os == oe && ns == ne) {
            return null;
        }
        return new Edit(os, oe, ns, ne);
    }
}
