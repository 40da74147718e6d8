package org.migrationworkbench.core.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The progress of checklist items: each item's current state and every change that led to it.
 * Implementations are thread-safe; failures are reported as {@link org.migrationworkbench.core.WorkbenchException}.
 */
public interface ChecklistStateRepository {

    /** The states an item can be in. */
    Set<String> STATES = Set.of("open", "done", "na", "blocked");

    /**
     * One state of one item, set by {@code actor} at {@code changedAt}.
     *
     * @param state    one of {@link #STATES}
     * @param note     free text; empty when there is none (never null)
     * @param reason   why the item is n/a or blocked; empty otherwise
     * @param assignee who is to do it; empty when nobody is
     */
    record ItemState(String checklistId, String itemId, String state, String actor, Instant changedAt, String note,
                     String reason, String assignee) {
        public ItemState {
            Objects.requireNonNull(checklistId, "checklistId");
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(changedAt, "changedAt");
            if (!STATES.contains(state)) {
                throw new IllegalArgumentException("unknown checklist item state: " + state);
            }
            note = note == null ? "" : note;
            reason = reason == null ? "" : reason;
            assignee = assignee == null ? "" : assignee;
        }

        /** A state without reason or assignee. */
        public ItemState(String checklistId, String itemId, String state, String actor, Instant changedAt,
                         String note) {
            this(checklistId, itemId, state, actor, changedAt, note, "", "");
        }
    }

    /** Makes {@code state} the item's current state and appends it to the item's history, both or neither. */
    void record(ItemState state);

    /** The current state of each item of the checklist that has one, by item id; empty if none has. */
    Map<String, ItemState> currentStates(String checklistId);

    /** Every state the item has had, oldest first; empty if it never had one. */
    List<ItemState> history(String checklistId, String itemId);
}
