package org.migrationworkbench.core.compare.csv;

import org.migrationworkbench.core.WorkbenchException;

/**
 * Turns each data row of one file into an index record: the key (its cells, length-prefixed), a hash of the
 * compared cells and one of the ignored cells, and where the row is. Without key columns the key is a second
 * hash of the compared cells (rows match whole).
 *
 * <p>Two ways to hash: by cell (numbers by value, cells by column name, so column order and number spelling
 * do not matter), or, when both files have the same columns in the same order and the same delimiter, by
 * written span (each run of adjacent compared or ignored cells hashed as written, about ten times faster).
 * A span hash may differ for equal values ({@code 1.0} and {@code 1}, quoted and unquoted); such pairs are
 * read back and compared cell by cell, so only speed depends on the choice, never the result.
 */
final class RowIndexer implements RowScanner.Visitor {
    private final CsvHeader header;
    private final PartitionStore store;
    private final ColumnPlan.Role[] roles;
    private final long[] seeds;
    private final int[] keyCells;
    private final CellHash hash = new CellHash();
    private static final int ESTIMATE_AFTER = 8192;
    private final boolean spans;
    private final int[] runFrom;
    private final int[] runTo;
    private byte[] key = new byte[256];
    private final long fileSize;
    private long rows;

    RowIndexer(CsvHeader header, ColumnPlan plan, PartitionStore store, boolean spans, long fileSize) {
        this.header = header;
        this.fileSize = fileSize;
        this.spans = spans;
        this.store = store;
        int[] columns = plan.columnsOf(header);
        int[] slots = plan.keySlotsOf(header);
        roles = new ColumnPlan.Role[columns.length];
        seeds = new long[columns.length];
        keyCells = new int[plan.keyCount()];
        for (int i = 0; i < columns.length; i++) {
            roles[i] = plan.role(columns[i]);
            seeds[i] = CsvNumber.mix((columns[i] + 1) * 0x9E3779B97F4A7C15L);
            if (slots[i] >= 0) {
                keyCells[slots[i]] = i;
            }
        }
        int[][] runs = runs(roles);
        runFrom = runs[0];
        runTo = runs[1];
    }

    /** Runs of adjacent cells with the same role (other than key): first and last cell of each. */
    private static int[][] runs(ColumnPlan.Role[] roles) {
        int[] from = new int[roles.length];
        int[] to = new int[roles.length];
        int n = 0;
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == ColumnPlan.Role.KEY) {
                continue;
            }
            if (n > 0 && to[n - 1] == i - 1 && roles[i - 1] == roles[i]) {
                to[n - 1] = i;
            } else {
                from[n] = i;
                to[n++] = i;
            }
        }
        return new int[][] {java.util.Arrays.copyOf(from, n), java.util.Arrays.copyOf(to, n)};
    }

    @Override
    public boolean row(Row row) {
        if (row.cells != roles.length) {
            throw new WorkbenchException(header.file() + ":" + row.line + ": the row has " + row.cells
                    + " fields, the header has " + roles.length + " (quote fields that hold the delimiter "
                    + header.dialect().shown() + ").");
        }
        if (++rows == ESTIMATE_AFTER) {
            reserve(row);
        }
        if (spans) {
            bySpan(row);
            return true;
        }
        long rowHash = 0;
        long second = 0;
        long ignored = 0;
        for (int i = 0; i < roles.length; i++) {
            ColumnPlan.Role role = roles[i];
            if (role == ColumnPlan.Role.KEY) {
                continue;
            }
            long h = hash.of(row, i);
            if (h == 0) {
                continue;
            }
            if (role == ColumnPlan.Role.COMPARED) {
                rowHash += CsvNumber.mix(h ^ seeds[i]);
                second += CsvNumber.mix(h + seeds[i] * 31);
            } else {
                ignored += CsvNumber.mix(h ^ seeds[i]);
            }
        }
        if (keyCells.length == 0) {
            store.add(second, rowHash, ignored, row.offset, row.line, key, 0);
        } else {
            int length = key(row);
            store.add(CellHash.text(key, 0, length), rowHash, ignored, row.offset, row.line, key, length);
        }
        return true;
    }

    /** Sizes the index from the rows so far: the file holds about as many more per byte. */
    private void reserve(Row row) {
        long bytes = row.offset + (row.end - row.start) - header.dataOffset();
        long expected = (long) ((double) fileSize / Math.max(1, bytes) * rows);
        int keyBytes = keyCells.length == 0 ? 0 : key(row);
        store.reserve(expected, IndexRecords.KEY + keyBytes);
    }

    private void bySpan(Row row) {
        long rowHash = 0;
        long ignored = 0;
        for (int r = 0; r < runFrom.length; r++) {
            int from = runFrom[r];
            long h = CsvNumber.mix(CellHash.text(row.buf, row.raw[from], row.rawEnd(runTo[r])) ^ seeds[from]);
            if (roles[from] == ColumnPlan.Role.COMPARED) {
                rowHash += h;
            } else {
                ignored += h;
            }
        }
        int length = key(row);
        store.add(CellHash.text(key, 0, length), rowHash, ignored, row.offset, row.line, key, length);
    }

    /** Writes the key cells, each as a 2-byte length and its bytes, to {@code key}; returns the length. */
    private int key(Row row) {
        int at = 0;
        for (int i : keyCells) {
            int need = at + 2 + row.ends[i] - row.starts[i];
            if (need > IndexRecords.MAX_KEY) {
                throw new WorkbenchException(header.file() + ":" + row.line + ": the key is longer than "
                        + IndexRecords.MAX_KEY + " bytes.");
            }
            if (need > key.length) {
                key = java.util.Arrays.copyOf(key, Math.max(need, key.length * 2));
            }
            int n = row.copyCell(i, key, at + 2);
            key[at] = (byte) n;
            key[at + 1] = (byte) (n >>> 8);
            at += 2 + n;
        }
        return at;
    }
}
