package org.migrationworkbench.core.compare.text;

/** A set of longs by open addressing (linear probing), for the line keys of one side. Not thread-safe. */
final class LongHashSet {
    private long[] slots;
    private int size;
    private boolean hasZero;

    LongHashSet(int expected) {
        slots = new long[capacityFor(expected)];
    }

    private static int capacityFor(int n) {
        return Integer.highestOneBit(Math.max(16, n) * 2 - 1) * 2;
    }

    void add(long key) {
        if (key == 0) {
            hasZero = true;
            return;
        }
        if (size * 4L >= slots.length * 3L) {
            grow();
        }
        int mask = slots.length - 1;
        int i = (int) (key ^ key >>> 32) & mask;
        while (slots[i] != 0) {
            if (slots[i] == key) {
                return;
            }
            i = i + 1 & mask;
        }
        slots[i] = key;
        size++;
    }

    boolean contains(long key) {
        if (key == 0) {
            return hasZero;
        }
        int mask = slots.length - 1;
        int i = (int) (key ^ key >>> 32) & mask;
        long s;
        while ((s = slots[i]) != 0) {
            if (s == key) {
                return true;
            }
            i = i + 1 & mask;
        }
        return false;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long k : old) {
            if (k != 0) {
                add(k);
            }
        }
    }
}
