package org.migrationworkbench.core.compare;

import java.util.Objects;

/**
 * One differing field value of a changed record: {@code path} is the field's JSON path ({@code $.totals.tax},
 * {@code $.items[2].qty}) or the CSV column name; values are shown as text (JSON literals for JSON, the cell
 * for CSV; empty when the field is missing on that side).
 */
public record FieldChange(String path, String oldValue, String newValue) {
    public FieldChange {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(oldValue, "oldValue");
        Objects.requireNonNull(newValue, "newValue");
    }
}
