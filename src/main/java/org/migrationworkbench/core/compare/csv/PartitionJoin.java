package org.migrationworkbench.core.compare.csv;

/**
 * Joins one partition of the old index with the same partition of the new one. Keyed: a key on one side
 * only is a removed or added row; a key more than once on either side is a duplicate (never paired); a
 * pair whose hashes differ is checked cell by cell later. Unkeyed: rows match whole, as multisets.
 */
final class PartitionJoin {
    private PartitionJoin() {
    }

    static void join(KeyTable old, KeyTable neu, boolean keyed, Findings out) {
        boolean[] matched = new boolean[neu.count];
        for (int i = 0; i < old.count; i++) {
            if (!old.isHead(i)) {
                continue;
            }
            int j = neu.find(old.data, old.records[i]);
            if (j >= 0) {
                matched[j] = true;
            }
            if (keyed) {
                keyedGroup(old, i, neu, j, out);
            } else {
                wholeRows(old, i, neu, j, out);
            }
        }
        for (int j = 0; j < neu.count; j++) {
            if (!neu.isHead(j) || matched[j]) {
                continue;
            }
            if (keyed && neu.size[j] > 1) {
                out.duplicate(new Findings.Duplicate(new long[0], rows(neu, j)));
            } else {
                for (int k = j; k >= 0; k = neu.next[k]) {
                    out.add(Findings.ADDED, 0, 0, neu.get(k, IndexRecords.OFFSET), neu.get(k, IndexRecords.LINE));
                }
            }
        }
    }

    private static void keyedGroup(KeyTable old, int i, KeyTable neu, int j, Findings out) {
        if (old.size[i] > 1 || (j >= 0 && neu.size[j] > 1)) {
            out.duplicate(new Findings.Duplicate(rows(old, i), j >= 0 ? rows(neu, j) : new long[0]));
        } else if (j < 0) {
            out.add(Findings.REMOVED, old.get(i, IndexRecords.OFFSET), old.get(i, IndexRecords.LINE), 0, 0);
        } else if (old.get(i, IndexRecords.ROW_HASH) != neu.get(j, IndexRecords.ROW_HASH)
                || old.get(i, IndexRecords.IGNORED_HASH) != neu.get(j, IndexRecords.IGNORED_HASH)) {
            out.add(Findings.CHANGED, old.get(i, IndexRecords.OFFSET), old.get(i, IndexRecords.LINE),
                    neu.get(j, IndexRecords.OFFSET), neu.get(j, IndexRecords.LINE));
        }
    }

    /** Equal rows pair off; the rest of the larger side is removed or added. */
    private static void wholeRows(KeyTable old, int i, KeyTable neu, int j, Findings out) {
        int paired = j < 0 ? 0 : Math.min(old.size[i], neu.size[j]);
        int k = i;
        for (int n = 0; k >= 0; k = old.next[k], n++) {
            if (n >= paired) {
                out.add(Findings.REMOVED, old.get(k, IndexRecords.OFFSET), old.get(k, IndexRecords.LINE), 0, 0);
            }
        }
        for (int n = 0, m = j; m >= 0; m = neu.next[m], n++) {
            if (n >= paired) {
                out.add(Findings.ADDED, 0, 0, neu.get(m, IndexRecords.OFFSET), neu.get(m, IndexRecords.LINE));
            }
        }
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
