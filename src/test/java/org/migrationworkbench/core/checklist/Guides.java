package org.migrationworkbench.core.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migrationworkbench.core.guide.Guide;
import org.migrationworkbench.core.guide.GuideItem;
import org.migrationworkbench.core.guide.ItemMode;
import org.migrationworkbench.core.guide.Section;

/** Builds small guides for tests: {@code guide("Prep", "a", "b", "Go", "c")} — sections start with a capital. */
final class Guides {
    private Guides() {
    }

    /** Section titles are arguments starting with "#"; the others are task items of the last section. */
    static Guide guide(String... parts) {
        Map<String, List<GuideItem>> sections = new LinkedHashMap<>();
        String current = "Checklist";
        for (String part : parts) {
            if (part.startsWith("#")) {
                current = part.substring(1);
                sections.putIfAbsent(current, new ArrayList<>());
            } else {
                String title = current;
                sections.computeIfAbsent(current, k -> new ArrayList<>()).add(new GuideItem(part, true, false, 1,
                        List.of(title), "", List.of(), List.of(), Optional.empty()));
            }
        }
        List<Section> out = new ArrayList<>();
        sections.forEach((title, items) -> out.add(new Section(title, 1, 1, List.of(title), items, List.of(),
                List.of())));
        return new Guide("Test guide", ItemMode.TASKS_ONLY, out, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }
}
