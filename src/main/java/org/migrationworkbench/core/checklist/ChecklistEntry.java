package org.migrationworkbench.core.checklist;

import java.util.List;
import java.util.Objects;
import org.migrationworkbench.core.guide.GuideItem;

/** A guide item with its stable id, and its sub-items. */
public record ChecklistEntry(String id, GuideItem item, List<ChecklistEntry> children) {
    public ChecklistEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(item, "item");
        children = List.copyOf(children);
    }
}
