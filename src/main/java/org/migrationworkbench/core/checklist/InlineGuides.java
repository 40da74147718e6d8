package org.migrationworkbench.core.checklist;

import java.util.List;
import java.util.Optional;
import org.migrationworkbench.core.guide.Guide;
import org.migrationworkbench.core.guide.GuideItem;
import org.migrationworkbench.core.guide.ItemMode;
import org.migrationworkbench.core.guide.Section;
import org.migrationworkbench.core.model.Checklist;

/** A guide made from a checklist's inline {@code items:} in workbench.yaml: one section, one item each. */
final class InlineGuides {
    private InlineGuides() {
    }

    static Guide of(Checklist declaration) {
        String title = declaration.displayTitle();
        List<String> path = List.of(title);
        List<GuideItem> items = declaration.items().stream()
                .map(text -> new GuideItem(text, true, false, 0, path, "", List.of(), List.of(), Optional.empty()))
                .toList();
        Section section = new Section(title, 1, 0, path, items, List.of(), List.of());
        return new Guide(title, ItemMode.TASKS_ONLY, List.of(section), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }
}
