package org.migrationworkbench.core.compare.text;

import java.util.BitSet;
import org.migrationworkbench.core.Progress;

/**
 * Finds the lines of two files that the minimal diff keeps in common. Three steps keep it fast without giving up
 * minimality: the common prefix and suffix are matched directly; a line whose key does not occur on the other side
 * can never be common, so it is dropped before the diff (GNU diff does the same); Myers' algorithm runs on what is
 * left, which for typical outputs (changed, inserted and deleted lines among unique lines) is nearly identical, so
 * its cost stays near linear. Blank lines take no part when they are ignored.
 *
 * <p>The sets of keys are built in rounds by the top bits of the key, so a set never holds more than about
 * {@value #ROUND_KEYS} keys (64 MB): that bounds memory for files of tens of millions of lines.
 */
final class LineAligner {
    static final int ROUND_KEYS = 4 << 20;

    private final LineTable oldTable;
    private final LineTable newTable;
    private final Progress progress;

    LineAligner(LineTable oldTable, LineTable newTable, Progress progress) {
        this.oldTable = oldTable;
        this.newTable = newTable;
        this.progress = progress;
    }

    /** The common lines of each side; the k-th common old line pairs with the k-th common new line. */
    record Common(BitSet oldLines, BitSet newLines) {
    }

    /** Aligns the two files. Overwrites the keys of the tables (they are not needed afterwards). */
    Common align() {
        LongList a = oldTable.keys;
        LongList b = newTable.keys;
        int n = a.size();
        int m = b.size();
        int prefix = 0;
        while (prefix < n && prefix < m && a.get(prefix) == b.get(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix && a.get(n - 1 - suffix) == b.get(m - 1 - suffix)) {
            suffix++;
        }
        BitSet keepA = new BitSet(n);
        BitSet keepB = new BitSet(m);
        keep(a, prefix, n - suffix, oldTable.blank, b, prefix, m - suffix, newTable.blank, keepA, keepB);
        int ka = compact(a, keepA);
        int kb = compact(b, keepB);
        BitSet changedA = new BitSet(ka);
        BitSet changedB = new BitSet(kb);
        MyersDiff.mark(a, ka, b, kb, changedA, changedB, progress);
        return new Common(common(n, prefix, suffix, keepA, changedA), common(m, prefix, suffix, keepB, changedB));
    }

    /**
     * Marks the lines of the middle parts whose key may occur in the other side's middle part (blank lines never).
     * A line paired with an equal line by a greedy walk along the diagonals is kept untested; only the others
     * are looked up, against a small set of their own keys that the other side is streamed through. When the
     * greedy walk pairs too little (very different files), every line is looked up in a set of all keys instead.
     */
    private void keep(LongList a, int aFrom, int aTo, BitSet aBlank, LongList b, int bFrom, int bTo, BitSet bBlank,
                      BitSet keepA, BitSet keepB) {
        GreedyPairs pairs = GreedyPairs.walk(a, aFrom, aTo, b, bFrom, bTo);
        int residual = (aTo - aFrom - pairs.paired()) + (bTo - bFrom - pairs.paired());
        if (residual > (aTo - aFrom + bTo - bFrom) / 8) {
            keepAll(a, aFrom, aTo, aBlank, b, bFrom, bTo, bBlank, keepA, keepB);
            return;
        }
        progress.checkCancelled();
        keepA.or(pairs.pairedA());
        keepA.andNot(aBlank);
        keepB.or(pairs.pairedB());
        keepB.andNot(bBlank);
        keepFound(a, aFrom, aTo, aBlank, pairs.pairedA(), b, bFrom, bTo, keepA);
        keepFound(b, bFrom, bTo, bBlank, pairs.pairedB(), a, aFrom, aTo, keepB);
    }

    /** Keeps the unpaired lines of {@code a} whose key occurs in {@code b[bFrom, bTo)}. */
    private static void keepFound(LongList a, int aFrom, int aTo, BitSet aBlank, BitSet paired, LongList b,
                                  int bFrom, int bTo, BitSet keep) {
        LongHashSet wanted = new LongHashSet(1024);
        for (int i = paired.nextClearBit(aFrom); i < aTo; i = paired.nextClearBit(i + 1)) {
            if (!aBlank.get(i)) {
                wanted.add(a.get(i));
            }
        }
        LongHashSet found = new LongHashSet(1024);
        for (int j = bFrom; j < bTo; j++) {
            long k = b.get(j);
            if (wanted.contains(k)) {
                found.add(k);
            }
        }
        for (int i = paired.nextClearBit(aFrom); i < aTo; i = paired.nextClearBit(i + 1)) {
            if (!aBlank.get(i) && found.contains(a.get(i))) {
                keep.set(i);
            }
        }
    }

    private void keepAll(LongList a, int aFrom, int aTo, BitSet aBlank, LongList b, int bFrom, int bTo, BitSet bBlank,
                         BitSet keepA, BitSet keepB) {
        int most = Math.max(aTo - aFrom, bTo - bFrom);
        int bits = 0;
        while ((most >>> bits) > ROUND_KEYS && bits < 16) {
            bits++;
        }
        for (int round = 0; round < 1 << bits; round++) {
            progress.checkCancelled();
            LongHashSet inB = keys(b, bFrom, bTo, bBlank, bits, round);
            probe(a, aFrom, aTo, aBlank, bits, round, inB, keepA);
            LongHashSet inA = keys(a, aFrom, aTo, aBlank, bits, round);
            probe(b, bFrom, bTo, bBlank, bits, round, inA, keepB);
        }
    }

    private static boolean inRound(long key, int bits, int round) {
        return bits == 0 || (int) (key >>> (64 - bits)) == round;
    }

    private LongHashSet keys(LongList keys, int from, int to, BitSet blank, int bits, int round) {
        LongHashSet set = new LongHashSet((to - from) >>> bits);
        for (int i = from; i < to; i++) {
            long k = keys.get(i);
            if (inRound(k, bits, round) && !blank.get(i)) {
                set.add(k);
            }
        }
        return set;
    }

    private static void probe(LongList keys, int from, int to, BitSet blank, int bits, int round, LongHashSet other,
                              BitSet keep) {
        for (int i = from; i < to; i++) {
            long k = keys.get(i);
            if (inRound(k, bits, round) && !blank.get(i) && other.contains(k)) {
                keep.set(i);
            }
        }
    }

    /** Moves the kept keys to the front of {@code keys}, in order; returns how many there are. */
    private static int compact(LongList keys, BitSet keep) {
        int w = 0;
        for (int i = keep.nextSetBit(0); i >= 0; i = keep.nextSetBit(i + 1)) {
            keys.set(w++, keys.get(i));
        }
        return w;
    }

    /** Common lines: the prefix, the suffix, and the kept lines the diff left unchanged. */
    private static BitSet common(int count, int prefix, int suffix, BitSet keep, BitSet changed) {
        BitSet common = new BitSet(count);
        common.set(0, prefix);
        common.set(count - suffix, count);
        int rank = 0;
        for (int i = keep.nextSetBit(0); i >= 0; i = keep.nextSetBit(i + 1)) {
            if (!changed.get(rank++)) {
                common.set(i);
            }
        }
        return common;
    }
}
