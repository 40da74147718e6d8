package org.migrationworkbench.core.checklist;

import java.util.Optional;

/** A change to an item: each present field replaces the current value, absent ones are kept. */
public record ItemEdit(Optional<String> state, Optional<String> reason, Optional<String> note,
                       Optional<String> assignee) {
    public static ItemEdit state(String state) {
        return new ItemEdit(Optional.of(state), Optional.of(""), Optional.empty(), Optional.empty());
    }

    /** n/a or blocked, with the reason why. */
    public static ItemEdit state(String state, String reason) {
        return new ItemEdit(Optional.of(state), Optional.of(reason), Optional.empty(), Optional.empty());
    }

    public static ItemEdit note(String note) {
        return new ItemEdit(Optional.empty(), Optional.empty(), Optional.of(note), Optional.empty());
    }

    public static ItemEdit assignee(String assignee) {
        return new ItemEdit(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(assignee));
    }
}
