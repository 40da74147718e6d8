package org.migrationworkbench.ui.checklist;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.migrationworkbench.ui.checklist.UndoStack.Change;

/**
 * The edits a user makes to items: toggling, n/a and blocked with a reason, notes and assignees, and their
 * undo and redo (per checklist). Each edit is written at once as a new state; undo and redo write new states
 * too, so an item's history only ever grows.
 */
final class ItemEditor {
    private final StateWriter writer;
    private final Map<String, UndoStack> stacks = new HashMap<>();

    ItemEditor(StateWriter writer) {
        this.writer = writer;
    }

    /** Done becomes open; open, n/a and blocked become done. */
    void toggle(String checklistId, ItemRow item) {
        String next = item.state().equals("done") ? "open" : "done";
        edit(checklistId, item, item.values().withState(next, ""));
    }

    /** Sets n/a or blocked with the reason why; the reason must not be blank. */
    void setState(String checklistId, ItemRow item, String state, String reason) {
        if ((state.equals("na") || state.equals("blocked")) && reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required for " + state);
        }
        edit(checklistId, item, item.values().withState(state, reason.strip()));
    }

    void setNote(String checklistId, ItemRow item, String note) {
        edit(checklistId, item, item.values().withNote(note.strip()));
    }

    void setAssignee(String checklistId, ItemRow item, String assignee) {
        edit(checklistId, item, item.values().withAssignee(assignee.strip()));
    }

    /** Undoes the checklist's last edit; returns the id of the item it changed. */
    Optional<String> undo(ChecklistTree tree) {
        UndoStack stack = stack(tree.checklistId());
        return stack.undo().map(change -> {
            write(tree, change, change.before(), stack);
            return change.itemId();
        });
    }

    /** Makes the checklist's last undone edit again; returns the id of the item it changed. */
    Optional<String> redo(ChecklistTree tree) {
        UndoStack stack = stack(tree.checklistId());
        return stack.redo().map(change -> {
            write(tree, change, change.after(), stack);
            return change.itemId();
        });
    }

    boolean canUndo(String checklistId) {
        return stack(checklistId).canUndo();
    }

    boolean canRedo(String checklistId) {
        return stack(checklistId).canRedo();
    }

    private void edit(String checklistId, ItemRow item, ItemValues next) {
        if (next.equals(item.values())) {
            return;
        }
        UndoStack stack = stack(checklistId);
        Change change = new Change(item.id(), item.values(), next);
        stack.done(change);
        writer.write(checklistId, item.id(), item.recorded(), next, () -> stack.forget(change));
    }

    private void write(ChecklistTree tree, Change change, ItemValues values, UndoStack stack) {
        // the item may have left the checklist since (a reload); its stored state is still restored
        Optional<ItemRow> item = tree.item(change.itemId());
        writer.write(tree.checklistId(), change.itemId(), item.flatMap(ItemRow::recorded), values,
                () -> stack.forget(change));
    }

    private UndoStack stack(String checklistId) {
        return stacks.computeIfAbsent(checklistId, id -> new UndoStack());
    }
}
