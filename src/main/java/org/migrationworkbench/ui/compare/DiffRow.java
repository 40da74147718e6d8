package org.migrationworkbench.ui.compare;

/**
 * One display row of the side-by-side view: the old and the new line shown on it (0-based; -1 for a gap).
 * {@code hunk} is the index of the difference the row belongs to, -1 for common lines.
 */
public record DiffRow(Kind kind, int oldIndex, int newIndex, int hunk) {
    /** SAME: common lines (one side may be a gap where the options ignored a line). */
    public enum Kind { SAME, ADDED, REMOVED, CHANGED }

    public boolean hasOld() {
        return oldIndex >= 0;
    }

    public boolean hasNew() {
        return newIndex >= 0;
    }
}
