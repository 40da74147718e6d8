package org.migrationworkbench.ui.checklist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.migrationworkbench.core.checklist.ChecklistProgress;

/**
 * One row of the checklist tree: a section or an item. Each row knows the progress of everything it holds
 * (an item counts itself and its sub-items). Rows change on the UI thread only.
 */
public abstract sealed class ChecklistRow permits SectionRow, ItemRow {
    private final ChecklistRow parent;
    private final List<ChecklistRow> children = new ArrayList<>();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private ChecklistProgress progress = ChecklistProgress.EMPTY;

    ChecklistRow(ChecklistRow parent) {
        this.parent = parent;
    }

    /** What the row says: a section title or an item text. */
    public abstract String text();

    /** Identifies the row across reloads of its checklist: the item id, or the section path. */
    public abstract String key();

    public Optional<ChecklistRow> parent() {
        return Optional.ofNullable(parent);
    }

    public List<ChecklistRow> children() {
        return Collections.unmodifiableList(children);
    }

    public ChecklistProgress progress() {
        return progress;
    }

    /** Increases whenever anything this row shows changes; cells observe it. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    void add(ChecklistRow child) {
        children.add(child);
    }

    /** Sets the progress from the children (and the row's own share) once the subtree is built. */
    void sumProgress(ChecklistProgress own) {
        ChecklistProgress sum = own;
        for (ChecklistRow child : children) {
            sum = sum.plus(child.progress);
        }
        progress = sum;
    }

    /** Adds {@code delta} to this row and every row above it. */
    void adjust(ChecklistProgress delta) {
        for (ChecklistRow row = this; row != null; row = row.parent) {
            row.progress = row.progress.plus(delta);
            row.changed();
        }
    }

    void changed() {
        revision.set(revision.get() + 1);
    }
}
