package org.migrationworkbench.core.compare.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows found to differ by the join, by place only (offset and line on each side), waiting to be read back
 * and reported: removed, added, paired with differing hashes, and duplicate key groups.
 */
final class Findings {
    static final int REMOVED = 0;
    static final int ADDED = 1;
    static final int CHANGED = 2;
    /** Report at most this many at once (sorted by line), so memory stays bounded. */
    static final int BATCH = 1 << 20;
    private static final int WIDTH = 5;

    /** A key found more than once on a side: each side's rows as offset, line pairs. */
    record Duplicate(long[] oldRows, long[] newRows) {
    }

    private long[] items = new long[WIDTH * 1024];
    private int count;
    private final List<Duplicate> duplicates = new ArrayList<>();

    void add(int kind, long oldOffset, long oldLine, long newOffset, long newLine) {
        if ((count + 1) * WIDTH > items.length) {
            items = Arrays.copyOf(items, items.length * 2);
        }
        int at = count * WIDTH;
        items[at] = kind;
        items[at + 1] = oldOffset;
        items[at + 2] = oldLine;
        items[at + 3] = newOffset;
        items[at + 4] = newLine;
        count++;
    }

    void duplicate(Duplicate d) {
        duplicates.add(d);
    }

    int count() {
        return count;
    }

    boolean full() {
        return count >= BATCH;
    }

    int kind(int i) {
        return (int) items[i * WIDTH];
    }

    long oldOffset(int i) {
        return items[i * WIDTH + 1];
    }

    long oldLine(int i) {
        return items[i * WIDTH + 2];
    }

    long newOffset(int i) {
        return items[i * WIDTH + 3];
    }

    long newLine(int i) {
        return items[i * WIDTH + 4];
    }

    List<Duplicate> duplicates() {
        return duplicates;
    }

    /**
     * The items in report order: removed and changed rows by old line, then added rows by new line (as found
     * when more than 16 M rows differ at once).
     */
    int[] order() {
        if (count >= 1 << 24) {
            return java.util.stream.IntStream.range(0, count).toArray();
        }
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            boolean added = kind(i) == ADDED;
            long line = Math.min(added ? newLine(i) : oldLine(i), (1L << 37) - 1);
            keys[i] = (added ? 1L << 62 : 0) | line << 24 | i;
        }
        Arrays.sort(keys);
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = (int) (keys[i] & ((1 << 24) - 1));
        }
        return order;
    }

    void addAll(Findings other) {
        for (int i = 0; i < other.count; i++) {
            add(other.kind(i), other.oldOffset(i), other.oldLine(i), other.newOffset(i), other.newLine(i));
        }
        duplicates.addAll(other.duplicates);
    }

    void clear() {
        count = 0;
        duplicates.clear();
    }
}
