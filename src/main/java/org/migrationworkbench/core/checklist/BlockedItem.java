package org.migrationworkbench.core.checklist;

import java.util.List;
import java.util.Objects;

/**
 * A checklist item in the blocked state, with why.
 *
 * @param reason the reason recorded with the block; empty when none was given
 */
public record BlockedItem(String checklistId, String checklistTitle, String itemId, String text, String reason) {
    public BlockedItem {
        Objects.requireNonNull(checklistId, "checklistId");
        Objects.requireNonNull(checklistTitle, "checklistTitle");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
    }

    /** The blocked items of {@code checklist}, in document order. */
    public static List<BlockedItem> of(LoadedChecklist checklist) {
        return checklist.entries().stream().filter(e -> checklist.stateOf(e).equals("blocked"))
                .map(e -> new BlockedItem(checklist.id(), checklist.title(), e.id(), e.item().text(),
                        checklist.state(e.id()).map(s -> s.reason()).orElse("")))
                .toList();
    }
}
