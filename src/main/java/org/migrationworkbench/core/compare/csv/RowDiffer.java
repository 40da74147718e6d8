package org.migrationworkbench.core.compare.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.migrationworkbench.core.compare.FieldChange;
import org.migrationworkbench.core.compare.Utf8Text;
import org.migrationworkbench.core.model.Tolerance;

/**
 * Compares two paired rows cell by cell, by column name: equal text (bytes that are not UTF-8 compared as bytes)
 * or equal numbers are equal; differing numbers within the column's tolerance are tolerated; differing ignored
 * cells are counted as ignored; the rest are field changes. Counts accumulate per column until read. Not
 * thread-safe.
 */
final class RowDiffer {
    private final ColumnPlan plan;
    private final int[] oldColumns;
    private final int[] newColumns;
    final long[] tolerated;
    final long[] ignored;
    private final int[] oldKeyCells;
    private final int[] newKeyCells;
    private boolean notUtf8;

    RowDiffer(ColumnPlan plan, CsvHeader oldHeader, CsvHeader newHeader) {
        this.plan = plan;
        this.oldColumns = plan.columnsOf(oldHeader);
        this.newColumns = plan.columnsOf(newHeader);
        this.tolerated = new long[plan.size()];
        this.ignored = new long[plan.size()];
        this.oldKeyCells = keyCells(plan, oldHeader);
        this.newKeyCells = keyCells(plan, newHeader);
    }

    /** The differing cells of a pair (empty when every difference was tolerated or ignored). */
    List<FieldChange> diff(String[] oldCells, String[] newCells) {
        String[] a = byColumn(oldCells, oldColumns);
        String[] b = byColumn(newCells, newColumns);
        List<FieldChange> changes = new ArrayList<>();
        for (int c = 0; c < a.length; c++) {
            ColumnPlan.Role role = plan.role(c);
            if (role == ColumnPlan.Role.KEY || a[c].equals(b[c])) {
                continue;
            }
            Optional<BigDecimal> x = CsvNumber.parse(a[c]);
            Optional<BigDecimal> y = CsvNumber.parse(b[c]);
            boolean numbers = x.isPresent() && y.isPresent();
            if (numbers && x.get().compareTo(y.get()) == 0) {
                continue;
            }
            if (role == ColumnPlan.Role.IGNORED) {
                ignored[c]++;
            } else if (numbers && within(x.get(), y.get(), plan.tolerance(c))) {
                tolerated[c]++;
            } else {
                notUtf8 |= Utf8Text.hasStandIns(a[c]) || Utf8Text.hasStandIns(b[c]);
                changes.add(new FieldChange(plan.name(c), Utf8Text.shown(a[c]), Utf8Text.shown(b[c])));
            }
        }
        return changes;
    }

    /**
     * Within tolerance: |a - b| is at most the absolute tolerance, or at most the relative tolerance times the
     * larger magnitude. Exact decimal arithmetic, so a difference exactly at the tolerance is tolerated.
     */
    static boolean within(BigDecimal a, BigDecimal b, Tolerance t) {
        if (t.isExact()) {
            return false;
        }
        BigDecimal delta = a.subtract(b).abs();
        if (delta.compareTo(new BigDecimal(Double.toString(t.absolute()))) <= 0) {
            return true;
        }
        BigDecimal scale = a.abs().max(b.abs());
        return delta.compareTo(scale.multiply(new BigDecimal(Double.toString(t.relative())))) <= 0;
    }

    private String[] byColumn(String[] cells, int[] columns) {
        String[] values = new String[plan.size()];
        Arrays.fill(values, "");
        for (int i = 0; i < cells.length && i < columns.length; i++) {
            values[columns[i]] = cells[i];
        }
        return values;
    }

    /** The key cells of a row joined with {@code |}, as shown. */
    String key(String[] cells, boolean old) {
        int[] at = old ? oldKeyCells : newKeyCells;
        String[] parts = new String[at.length];
        for (int k = 0; k < at.length; k++) {
            parts[k] = cells[at[k]];
        }
        return Utf8Text.shown(String.join("|", parts));
    }

    /** Whether a changed cell held bytes that are not UTF-8 (they differ as bytes, yet both show as U+FFFD). */
    boolean sawBytesNotUtf8() {
        return notUtf8;
    }

    private static int[] keyCells(ColumnPlan plan, CsvHeader header) {
        return plan.keys().stream().mapToInt(header::indexOf).toArray();
    }
}
