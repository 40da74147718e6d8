package org.migrationworkbench.core.compare.csv;

import java.util.Arrays;

/**
 * Joins one partition of the old index with the same partition of the new one. Keyed: a key on one side
 * only is a removed or added row; a key more than once on either side is a duplicate (never paired); a
 * pair whose hashes differ is checked cell by cell later. Unkeyed: rows match whole, as multisets.
 *
 * <p>Only the old side gets a full table; new rows probe it, and only new rows without a match get a
 * (small) table of their own. Rows of groups that occur more than once on the new side are collected in a
 * second pass, which equal files never need.
 */
final class PartitionJoin {
    private final KeyTable old;
    private final byte[] data;
    private final int[] records;
    private final boolean keyed;
    private final Findings out;
    private final int[] firstNew;
    private final int[] newCount;
    private int[][] newRows;

    private PartitionJoin(KeyTable old, PartitionStore.Partition neu, boolean keyed, Findings out) {
        this.old = old;
        this.data = neu.data();
        this.records = KeyTable.positions(neu);
        this.keyed = keyed;
        this.out = out;
        this.firstNew = new int[old.count];
        this.newCount = new int[old.count];
    }

    static void join(KeyTable old, PartitionStore.Partition neu, boolean keyed, Findings out) {
        new PartitionJoin(old, neu, keyed, out).run();
    }

    private void run() {
        int[] unmatched = new int[16];
        int n = 0;
        boolean repeated = false;
        for (int r : records) {
            int head = old.find(data, r);
            if (head < 0) {
                unmatched = n == unmatched.length ? Arrays.copyOf(unmatched, n * 2) : unmatched;
                unmatched[n++] = r;
            } else if (newCount[head]++ == 0) {
                firstNew[head] = r;
            } else {
                repeated = true;
            }
        }
        if (repeated) {
            collectRepeated();
        }
        for (int i = 0; i < old.count; i++) {
            if (old.isHead(i)) {
                matchedGroup(i);
            }
        }
        newOnly(new KeyTable(data, Arrays.copyOf(unmatched, n), keyed));
    }

    /** The new rows of every group that occurs more than once on the new side. */
    private void collectRepeated() {
        newRows = new int[old.count][];
        int[] filled = new int[old.count];
        for (int r : records) {
            int head = old.find(data, r);
            if (head >= 0 && newCount[head] > 1) {
                if (newRows[head] == null) {
                    newRows[head] = new int[newCount[head]];
                }
                newRows[head][filled[head]++] = r;
            }
        }
    }

    private void matchedGroup(int i) {
        int count = newCount[i];
        if (!keyed) {
            wholeRows(i, count);
        } else if (old.size[i] > 1 || count > 1) {
            out.duplicate(new Findings.Duplicate(rows(old, i), count == 0 ? new long[0] : newRowsOf(i)));
        } else if (count == 0) {
            out.add(Findings.REMOVED, old.get(i, IndexRecords.OFFSET), old.get(i, IndexRecords.LINE), 0, 0);
        } else if (old.get(i, IndexRecords.ROW_HASH) != field(firstNew[i], IndexRecords.ROW_HASH)
                || old.get(i, IndexRecords.IGNORED_HASH) != field(firstNew[i], IndexRecords.IGNORED_HASH)) {
            out.add(Findings.CHANGED, old.get(i, IndexRecords.OFFSET), old.get(i, IndexRecords.LINE),
                    field(firstNew[i], IndexRecords.OFFSET), field(firstNew[i], IndexRecords.LINE));
        }
    }

    /** Equal rows pair off; the rest of the larger side is removed or added. */
    private void wholeRows(int i, int count) {
        int paired = Math.min(old.size[i], count);
        int n = 0;
        for (int k = i; k >= 0; k = old.next[k], n++) {
            if (n >= paired) {
                out.add(Findings.REMOVED, old.get(k, IndexRecords.OFFSET), old.get(k, IndexRecords.LINE), 0, 0);
            }
        }
        int[] rows = count > 1 ? newRows[i] : new int[] {firstNew[i]};
        for (int m = paired; m < count; m++) {
            out.add(Findings.ADDED, 0, 0, field(rows[m], IndexRecords.OFFSET), field(rows[m], IndexRecords.LINE));
        }
    }

    private void newOnly(KeyTable neu) {
        for (int j = 0; j < neu.count; j++) {
            if (!neu.isHead(j)) {
                continue;
            }
            if (keyed && neu.size[j] > 1) {
                out.duplicate(new Findings.Duplicate(new long[0], rows(neu, j)));
                continue;
            }
            for (int k = j; k >= 0; k = neu.next[k]) {
                out.add(Findings.ADDED, 0, 0, neu.get(k, IndexRecords.OFFSET), neu.get(k, IndexRecords.LINE));
            }
        }
    }

    private long[] newRowsOf(int i) {
        int[] rows = newCount[i] > 1 ? newRows[i] : new int[] {firstNew[i]};
        long[] places = new long[rows.length * 2];
        for (int k = 0; k < rows.length; k++) {
            places[2 * k] = field(rows[k], IndexRecords.OFFSET);
            places[2 * k + 1] = field(rows[k], IndexRecords.LINE);
        }
        return places;
    }

    private long field(int record, int field) {
        return IndexRecords.get(data, record, field);
    }

    /** A group's rows as offset, line pairs. */
    private static long[] rows(KeyTable t, int head) {
        long[] rows = new long[t.size[head] * 2];
        int n = 0;
        for (int k = head; k >= 0; k = t.next[k]) {
            rows[n++] = t.get(k, IndexRecords.OFFSET);
            rows[n++] = t.get(k, IndexRecords.LINE);
        }
        return rows;
    }
}
