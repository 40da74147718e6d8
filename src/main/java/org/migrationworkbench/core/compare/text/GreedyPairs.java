package org.migrationworkbench.core.compare.text;

import java.util.BitSet;

/**
 * A quick, not necessarily optimal, pairing of equal lines: walks both sides along a diagonal while the keys are
 * equal, and after a mismatch looks a few lines ahead on each side for the nearest equal pair to continue from.
 * It only tells the aligner which lines surely occur on the other side; the diff itself is still Myers'.
 */
record GreedyPairs(BitSet pairedA, BitSet pairedB, int paired) {
    private static final int WINDOW = 16;

    static GreedyPairs walk(LongList a, int aFrom, int aTo, LongList b, int bFrom, int bTo) {
        BitSet pa = new BitSet(aTo);
        BitSet pb = new BitSet(bTo);
        int i = aFrom;
        int j = bFrom;
        int paired = 0;
        while (i < aTo && j < bTo) {
            if (a.get(i) == b.get(j)) {
                pa.set(i++);
                pb.set(j++);
                paired++;
                continue;
            }
            long skip = resync(a, i, aTo, b, j, bTo);
            i += (int) (skip >>> 32);
            j += (int) skip;
        }
        return new GreedyPairs(pa, pb, paired);
    }

    /** How far to skip on each side (old in the high half) to the nearest equal pair within the window. */
    private static long resync(LongList a, int i, int aTo, LongList b, int j, int bTo) {
        for (int sum = 1; sum <= 2 * WINDOW; sum++) {
            for (int di = Math.max(0, sum - WINDOW); di <= Math.min(sum, WINDOW); di++) {
                int dj = sum - di;
                if (i + di < aTo && j + dj < bTo && a.get(i + di) == b.get(j + dj)) {
                    return (long) di << 32 | dj;
                }
            }
        }
        return 1L << 32 | 1;
    }
}
