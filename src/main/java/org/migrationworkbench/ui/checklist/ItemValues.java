package org.migrationworkbench.ui.checklist;

import java.util.Objects;
import java.util.Optional;
import org.migrationworkbench.core.checklist.ItemEdit;
import org.migrationworkbench.core.store.ChecklistStateRepository.ItemState;

/** Everything a user sets on an item; each write stores all of it, so a write never depends on another. */
record ItemValues(String state, String reason, String note, String assignee) {
    ItemValues {
        Objects.requireNonNull(state, "state");
        reason = state.equals("na") || state.equals("blocked") ? Objects.requireNonNull(reason, "reason") : "";
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(assignee, "assignee");
    }

    static ItemValues of(ItemState state) {
        return new ItemValues(state.state(), state.reason(), state.note(), state.assignee());
    }

    ItemValues withState(String nextState, String nextReason) {
        return new ItemValues(nextState, nextReason, note, assignee);
    }

    ItemValues withNote(String nextNote) {
        return new ItemValues(state, reason, nextNote, assignee);
    }

    ItemValues withAssignee(String nextAssignee) {
        return new ItemValues(state, reason, note, nextAssignee);
    }

    ItemEdit edit() {
        return new ItemEdit(Optional.of(state), Optional.of(reason), Optional.of(note), Optional.of(assignee));
    }
}
