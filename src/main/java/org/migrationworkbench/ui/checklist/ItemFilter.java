package org.migrationworkbench.ui.checklist;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Which items the tree shows: a state filter and a search text, with the sections and items above each match. */
public record ItemFilter(Show show, String search) {
    /** The state filter of the tree. */
    public enum Show {
        ALL("All items"), OPEN("Open only"), BLOCKED("Blocked only");

        private final String label;

        Show(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public static final ItemFilter NONE = new ItemFilter(Show.ALL, "");

    public ItemFilter {
        search = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isNone() {
        return show == Show.ALL && search.isEmpty();
    }

    /** Whether the item itself matches: its state, and the search in its text, note or assignee. */
    public boolean matches(ItemRow item) {
        boolean state = switch (show) {
            case ALL -> true;
            case OPEN -> item.state().equals("open");
            case BLOCKED -> item.state().equals("blocked");
        };
        return state && (search.isEmpty() || contains(item.text()) || item.recorded()
                .map(s -> contains(s.note()) || contains(s.assignee()) || contains(s.reason())).orElse(false));
    }

    private boolean contains(String text) {
        return text.toLowerCase(Locale.ROOT).contains(search);
    }

    /** The rows to show, in document order: matching items and every row above one. */
    public List<ChecklistRow> apply(ChecklistTree tree) {
        if (isNone()) {
            return tree.rows();
        }
        Set<ChecklistRow> shown = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ChecklistRow row : tree.rows()) {
            if (row instanceof ItemRow item && matches(item)) {
                ChecklistRow up = row;
                while (up != null && shown.add(up)) {
                    up = up.parent().orElse(null);
                }
            }
        }
        return tree.rows().stream().filter(shown::contains).toList();
    }
}
