package org.migrationworkbench.core.compare.json;

import java.util.Arrays;

/**
 * Open-addressing lookup of one side's records by key. Records sharing a key are chained to the first one
 * (the head); such keys are duplicates.
 */
final class KeyTable {
    private final RecordIndex index;
    private final int[] slots;
    private final int mask;
    private final int[] next;
    private final int[] head;

    KeyTable(RecordIndex index) {
        this.index = index;
        int n = index.size();
        int capacity = Integer.highestOneBit(Math.max(2, n) * 2 - 1) * 2;
        slots = new int[capacity];
        mask = capacity - 1;
        next = new int[n];
        head = new int[n];
        Arrays.fill(next, -1);
        int[] tail = new int[n];
        for (int i = 0; i < n; i++) {
            int h = find(index, i);
            if (h < 0) {
                insert(i);
                head[i] = i;
                tail[i] = i;
            } else {
                next[tail[h]] = i;
                tail[h] = i;
                head[i] = h;
            }
        }
    }

    private void insert(int i) {
        int s = slot(index.keyHash(i));
        while (slots[s] != 0) {
            s = (s + 1) & mask;
        }
        slots[s] = i + 1;
    }

    private int slot(long keyHash) {
        return (int) Hash64.mix(keyHash) & mask;
    }

    /** The head record of entry {@code j} of {@code other}'s key in this table, or -1. */
    int find(RecordIndex other, int j) {
        int s = slot(other.keyHash(j));
        while (slots[s] != 0) {
            int i = slots[s] - 1;
            if (index.sameKey(i, other, j)) {
                return i;
            }
            s = (s + 1) & mask;
        }
        return -1;
    }

    boolean isHead(int i) {
        return head[i] == i;
    }

    boolean isDuplicate(int headIndex) {
        return next[headIndex] >= 0;
    }

    /** All records with the key of head {@code h}, in file order. */
    int[] occurrences(int h) {
        int count = 0;
        for (int i = h; i >= 0; i = next[i]) {
            count++;
        }
        int[] all = new int[count];
        int k = 0;
        for (int i = h; i >= 0; i = next[i]) {
            all[k++] = i;
        }
        return all;
    }
}
