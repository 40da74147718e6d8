package org.migrationworkbench.ui.checklist;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The edits of one checklist that can be undone and redone; the oldest are forgotten beyond a limit. */
final class UndoStack {
    static final int LIMIT = 500;

    /** One edit of one item: its values before and after. */
    record Change(String itemId, ItemValues before, ItemValues after) {
    }

    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();

    /** A new edit: it can be undone, and nothing undone before can be redone any more. */
    void done(Change change) {
        undo.push(change);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    Optional<Change> undo() {
        Change change = undo.poll();
        if (change != null) {
            redo.push(change);
        }
        return Optional.ofNullable(change);
    }

    Optional<Change> redo() {
        Change change = redo.poll();
        if (change != null) {
            undo.push(change);
        }
        return Optional.ofNullable(change);
    }

    /** Drops an edit whose write failed: there is nothing to undo. */
    void forget(Change change) {
        undo.removeIf(c -> c == change);
        redo.removeIf(c -> c == change);
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }
}
