package org.migrationworkbench.core.compare.text;

import java.util.ArrayDeque;
import java.util.BitSet;
import org.migrationworkbench.core.Progress;

/**
 * The minimal line diff of two key sequences by Myers' O(ND) algorithm in linear space (the divide and conquer
 * on the middle snake, as GNU diff's {@code compareseq} but without its give-up heuristics, so the result is
 * always minimal). It marks the lines outside the longest common subsequence. The diagonal arrays hold only the
 * diagonals reached so far, so memory is O(D), not O(N). Checks for cancellation once per edit-distance step.
 */
final class MyersDiff {
    private final LongList a;
    private final LongList b;
    private final BitSet changedA;
    private final BitSet changedB;
    private final Progress progress;
    private int[] fd = new int[64];
    private int[] bd = new int[64];
    private int xmid;
    private int ymid;

    private MyersDiff(LongList a, LongList b, BitSet changedA, BitSet changedB, Progress progress) {
        this.a = a;
        this.b = b;
        this.changedA = changedA;
        this.changedB = changedB;
        this.progress = progress;
    }

    /** Marks in {@code changedA}/{@code changedB} the indexes of {@code a[0,n)}/{@code b[0,m)} not in the LCS. */
    static void mark(LongList a, int n, LongList b, int m, BitSet changedA, BitSet changedB, Progress progress) {
        new MyersDiff(a, b, changedA, changedB, progress).run(n, m);
    }

    private void run(int n, int m) {
        ArrayDeque<int[]> todo = new ArrayDeque<>();
        todo.push(new int[] {0, n, 0, m});
        while (!todo.isEmpty()) {
            int[] r = todo.pop();
            int xoff = r[0];
            int xlim = r[1];
            int yoff = r[2];
            int ylim = r[3];
            while (xoff < xlim && yoff < ylim && a.get(xoff) == b.get(yoff)) {
                xoff++;
                yoff++;
            }
            while (xlim > xoff && ylim > yoff && a.get(xlim - 1) == b.get(ylim - 1)) {
                xlim--;
                ylim--;
            }
            if (xoff == xlim) {
                changedB.set(yoff, ylim);
            } else if (yoff == ylim) {
                changedA.set(xoff, xlim);
            } else {
                middleSnake(xoff, xlim, yoff, ylim);
                todo.push(new int[] {xmid, xlim, ymid, ylim});
                todo.push(new int[] {xoff, xmid, yoff, ymid});
            }
        }
    }

    /**
     * Finds a point {@code (xmid, ymid)} on a middle snake of the box, so that both halves can be diffed apart.
     * Diagonal {@code k} (x - y) is stored at {@code fd[k - fmid + cap]} and {@code bd[k - bmid + cap]}.
     */
    private void middleSnake(int xoff, int xlim, int yoff, int ylim) {
        int dmin = xoff - ylim;
        int dmax = xlim - yoff;
        int fmid = xoff - yoff;
        int bmid = xlim - ylim;
        boolean odd = ((fmid - bmid) & 1) != 0;
        int cap = ensure(2);
        fd[cap] = xoff;
        bd[cap] = xlim;
        int fmin = fmid;
        int fmax = fmid;
        int bmin = bmid;
        int bmax = bmid;
        for (int c = 1;; c++) {
            progress.checkCancelled();
            cap = ensure(c + 2);
            int fo = cap - fmid;
            int bo = cap - bmid;
            if (fmin > dmin) {
                fd[--fmin - 1 + fo] = -1;
            } else {
                fmin++;
            }
            if (fmax < dmax) {
                fd[++fmax + 1 + fo] = -1;
            } else {
                fmax--;
            }
            for (int d = fmax; d >= fmin; d -= 2) {
                int tlo = fd[d - 1 + fo];
                int thi = fd[d + 1 + fo];
                int x = tlo >= thi ? tlo + 1 : thi;
                int y = x - d;
                while (x < xlim && y < ylim && a.get(x) == b.get(y)) {
                    x++;
                    y++;
                }
                fd[d + fo] = x;
                if (odd && bmin <= d && d <= bmax && bd[d + bo] <= x) {
                    xmid = x;
                    ymid = y;
                    return;
                }
            }
            if (bmin > dmin) {
                bd[--bmin - 1 + bo] = Integer.MAX_VALUE;
            } else {
                bmin++;
            }
            if (bmax < dmax) {
                bd[++bmax + 1 + bo] = Integer.MAX_VALUE;
            } else {
                bmax--;
            }
            for (int d = bmax; d >= bmin; d -= 2) {
                int tlo = bd[d - 1 + bo];
                int thi = bd[d + 1 + bo];
                int x = tlo < thi ? tlo : thi - 1;
                int y = x - d;
                while (xoff < x && yoff < y && a.get(x - 1) == b.get(y - 1)) {
                    x--;
                    y--;
                }
                bd[d + bo] = x;
                if (!odd && fmin <= d && d <= fmax && x <= fd[d + fo]) {
                    xmid = x;
                    ymid = y;
                    return;
                }
            }
        }
    }

    /**
     * Makes the diagonal arrays hold diagonals {@code mid - reach .. mid + reach} and returns the index of
     * {@code mid}. Growing re-centres the stored diagonals.
     */
    private int ensure(int reach) {
        int cap = (fd.length - 1) / 2;
        if (reach <= cap) {
            return cap;
        }
        int newCap = Math.max(reach, cap * 2);
        fd = recentre(fd, cap, newCap);
        bd = recentre(bd, cap, newCap);
        return newCap;
    }

    private static int[] recentre(int[] old, int cap, int newCap) {
        int[] grown = new int[2 * newCap + 1];
        System.arraycopy(old, 0, grown, newCap - cap, old.length);
        return grown;
    }
}
