package org.migrationworkbench.core.compare.text;

import java.util.Arrays;

/**
 * A growable list of longs stored in blocks of 1M entries, so growing never copies the whole list (a copy would
 * briefly need twice the memory of a 2 GB file's line hashes). Not thread-safe.
 */
final class LongList {
    private static final int SHIFT = 20;
    private static final int BLOCK = 1 << SHIFT;
    private static final int MASK = BLOCK - 1;

    private long[][] blocks = new long[4][];
    private int size;

    int size() {
        return size;
    }

    void add(long value) {
        int b = size >>> SHIFT;
        if (b == blocks.length) {
            blocks = Arrays.copyOf(blocks, b * 2);
        }
        if (blocks[b] == null) {
            blocks[b] = new long[BLOCK];
        }
        blocks[b][size & MASK] = value;
        size++;
    }

    long get(int index) {
        return blocks[index >>> SHIFT][index & MASK];
    }

    void set(int index, long value) {
        blocks[index >>> SHIFT][index & MASK] = value;
    }

    /** Keeps the first {@code newSize} entries and frees the blocks past them. */
    void truncate(int newSize) {
        size = newSize;
        for (int b = (newSize + MASK) >>> SHIFT; b < blocks.length; b++) {
            blocks[b] = null;
        }
    }
}
