package org.migrationworkbench.core.model;

import java.util.List;

/** What must pass before a phase may close. */
public record Gates(List<String> checklists, List<String> rules, List<String> comparisons, List<String> signoffs) {
    public static final Gates NONE = new Gates(List.of(), List.of(), List.of(), List.of());

    public Gates {
        checklists = List.copyOf(checklists);
        rules = List.copyOf(rules);
        comparisons = List.copyOf(comparisons);
        signoffs = List.copyOf(signoffs);
    }

    public boolean isEmpty() {
        return checklists.isEmpty() && rules.isEmpty() && comparisons.isEmpty() && signoffs.isEmpty();
    }

    public int size() {
        return checklists.size() + rules.size() + comparisons.size() + signoffs.size();
    }
}
