package org.migrationworkbench.core.compare.csv;

import org.migrationworkbench.core.WorkbenchException;

/**
 * Turns each data row of one file into an index record: the key (its cells, length-prefixed), a hash of the
 * compared cells and one of the ignored cells (both by column name, so column order does not matter), and
 * where the row is. Without key columns the key is a second hash of the compared cells (rows match whole).
 */
final class RowIndexer implements RowScanner.Visitor {
    private final CsvHeader header;
    private final PartitionStore store;
    private final ColumnPlan.Role[] roles;
    private final long[] seeds;
    private final int[] keyCells;
    private final CellHash hash = new CellHash();
    private byte[] key = new byte[256];

    RowIndexer(CsvHeader header, ColumnPlan plan, PartitionStore store) {
        this.header = header;
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
    }

    @Override
    public boolean row(Row row) {
        if (row.cells != roles.length) {
            throw new WorkbenchException(header.file() + ":" + row.line + ": the row has " + row.cells
                    + " fields, the header has " + roles.length + " (quote fields that hold the delimiter "
                    + header.dialect().shown() + ").");
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
