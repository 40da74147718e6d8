package org.migrationworkbench.core.compare.csv;

import java.util.Arrays;

/**
 * An open-addressing table over the records of one partition, grouping records with the same key: keyed
 * rows by key bytes; unkeyed rows by both row hashes (whole-row identity). Each group keeps its records in a
 * chain and its size.
 */
final class KeyTable {
    final byte[] data;
    final int[] records;
    final int count;
    private final boolean keyed;
    private final int[] slots;
    private final int mask;
    /** Per record index: the next record of its group (-1 at the end), and for group heads the group size. */
    final int[] next;
    final int[] size;

    KeyTable(PartitionStore.Partition partition, boolean keyed) {
        this(partition.data(), positions(partition), keyed);
    }

    /** A table over the records of {@code data} at {@code records}. */
    KeyTable(byte[] data, int[] records, boolean keyed) {
        this.data = data;
        this.keyed = keyed;
        this.records = records;
        this.count = records.length;
        int capacity = Integer.highestOneBit(Math.max(4, count * 2 - 1)) << 1;
        this.slots = new int[capacity];
        this.mask = capacity - 1;
        this.next = new int[count];
        this.size = new int[count];
        Arrays.fill(next, -1);
        for (int i = 0; i < count; i++) {
            insert(i);
        }
    }

    static int[] positions(PartitionStore.Partition partition) {
        int[] at = new int[64];
        int n = 0;
        for (int p = 0; p < partition.length(); p = IndexRecords.next(partition.data(), p)) {
            if (n == at.length) {
                at = Arrays.copyOf(at, n * 2);
            }
            at[n++] = p;
        }
        return Arrays.copyOf(at, n);
    }

    private void insert(int i) {
        int r = records[i];
        long hash = IndexRecords.get(data, r, IndexRecords.KEY_HASH);
        for (int s = (int) hash & mask; ; s = (s + 1) & mask) {
            int head = slots[s] - 1;
            if (head < 0) {
                slots[s] = i + 1;
                size[i] = 1;
                return;
            }
            if (same(data, records[head], data, r)) {
                next[i] = next[head];
                next[head] = i;
                size[head]++;
                return;
            }
        }
    }

    /** The head of the group with the key of record {@code r} of {@code other}, or -1. */
    int find(byte[] other, int r) {
        long hash = IndexRecords.get(other, r, IndexRecords.KEY_HASH);
        for (int s = (int) hash & mask; ; s = (s + 1) & mask) {
            int head = slots[s] - 1;
            if (head < 0) {
                return -1;
            }
            if (same(data, records[head], other, r)) {
                return head;
            }
        }
    }

    /** Whether record index {@code i} heads a group. */
    boolean isHead(int i) {
        return size[i] > 0;
    }

    long get(int i, int field) {
        return IndexRecords.get(data, records[i], field);
    }

    private boolean same(byte[] a, int ra, byte[] b, int rb) {
        if (IndexRecords.get(a, ra, IndexRecords.KEY_HASH) != IndexRecords.get(b, rb, IndexRecords.KEY_HASH)) {
            return false;
        }
        if (!keyed) {
            return IndexRecords.get(a, ra, IndexRecords.ROW_HASH) == IndexRecords.get(b, rb, IndexRecords.ROW_HASH);
        }
        return IndexRecords.sameKey(a, ra, b, rb);
    }
}
