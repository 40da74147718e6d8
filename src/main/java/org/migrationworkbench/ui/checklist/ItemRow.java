package org.migrationworkbench.ui.checklist;

import java.util.Optional;
import org.migrationworkbench.core.checklist.ChecklistEntry;
import org.migrationworkbench.core.checklist.ChecklistProgress;
import org.migrationworkbench.core.store.ChecklistStateRepository.ItemState;

/**
 * A checklist item with the state it shows: the last recorded one, or (never recorded) done when the guide
 * has it ticked and open otherwise.
 */
public final class ItemRow extends ChecklistRow {
    private final ChecklistEntry entry;
    private ItemState recorded;

    ItemRow(ChecklistRow parent, ChecklistEntry entry, Optional<ItemState> recorded) {
        super(parent);
        this.entry = entry;
        this.recorded = recorded.orElse(null);
    }

    public ChecklistEntry entry() {
        return entry;
    }

    public String id() {
        return entry.id();
    }

    @Override
    public String text() {
        return entry.item().text();
    }

    @Override
    public String key() {
        return entry.id();
    }

    /** The state last recorded (or being recorded) for the item; empty when it never had one. */
    public Optional<ItemState> recorded() {
        return Optional.ofNullable(recorded);
    }

    /** open, done, na or blocked. */
    public String state() {
        return recorded != null ? recorded.state() : entry.item().checked() ? "done" : "open";
    }

    /** What the item holds now, as values to edit. */
    ItemValues values() {
        return recorded != null ? ItemValues.of(recorded) : new ItemValues(state(), "", "", "");
    }

    /** Shows another state, keeping the counts of the item and the rows above it right. */
    void show(Optional<ItemState> state) {
        ChecklistProgress before = ChecklistProgress.of(state());
        recorded = state.orElse(null);
        ChecklistProgress after = ChecklistProgress.of(state());
        if (before.equals(after)) {
            changed();
        } else {
            adjust(after.minus(before));
        }
    }
}
