package org.migrationworkbench.core.checklist;

import java.util.List;
import java.util.Objects;
import org.migrationworkbench.core.guide.Section;

/** A guide section with its items (ids assigned) and sub-sections. */
public record ChecklistSection(Section section, List<ChecklistEntry> items, List<ChecklistSection> children) {
    public ChecklistSection {
        Objects.requireNonNull(section, "section");
        items = List.copyOf(items);
        children = List.copyOf(children);
    }
}
