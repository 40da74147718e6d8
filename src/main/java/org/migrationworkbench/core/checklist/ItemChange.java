package org.migrationworkbench.core.checklist;

import java.util.List;
import java.util.Objects;

/** How one item differs between two imports of a checklist. */
public record ItemChange(Kind kind, String itemId, String oldText, String newText, List<String> oldPath,
                         List<String> newPath) {
    /** What happened to the item. */
    public enum Kind { ADDED, REMOVED, REWORDED, MOVED }

    public ItemChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(oldText, "oldText");
        Objects.requireNonNull(newText, "newText");
        oldPath = List.copyOf(oldPath);
        newPath = List.copyOf(newPath);
    }
}
