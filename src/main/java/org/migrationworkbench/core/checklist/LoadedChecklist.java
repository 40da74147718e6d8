package org.migrationworkbench.core.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.migrationworkbench.core.guide.Guide;
import org.migrationworkbench.core.model.Checklist;
import org.migrationworkbench.core.store.ChecklistStateRepository.ItemState;

/**
 * A checklist ready to walk through: the declaration, the imported guide, its sections and items with
 * stable ids, each item's current state, what changed since the last import and orphaned progress.
 * Immutable: a state change gives a new instance through {@link #with(ItemState)}.
 */
public record LoadedChecklist(Checklist declaration, Guide guide, List<ChecklistSection> sections,
                              Map<String, ItemState> states, List<ItemChange> changes, List<Orphan> orphans) {
    public LoadedChecklist {
        Objects.requireNonNull(declaration, "declaration");
        Objects.requireNonNull(guide, "guide");
        sections = List.copyOf(sections);
        states = Map.copyOf(states);
        changes = List.copyOf(changes);
        orphans = List.copyOf(orphans);
    }

    public String id() {
        return declaration.id();
    }

    /** The declared title, else the guide's first heading, else the id. */
    public String title() {
        return declaration.title().or(() -> Optional.of(guide.title()).filter(t -> !t.isBlank()))
                .orElse(declaration.id());
    }

    public Optional<ItemState> state(String itemId) {
        return Optional.ofNullable(states.get(itemId));
    }

    /** The item's state word: its recorded state, else "done" when the guide has it ticked, else "open". */
    public String stateOf(ChecklistEntry entry) {
        ItemState state = states.get(entry.id());
        if (state != null) {
            return state.state();
        }
        return entry.item().checked() ? "done" : "open";
    }

    public ChecklistProgress progress() {
        ChecklistProgress total = ChecklistProgress.EMPTY;
        for (ChecklistSection section : sections) {
            total = total.plus(progress(section));
        }
        return total;
    }

    /** Progress of a section including its sub-sections and sub-items. */
    public ChecklistProgress progress(ChecklistSection section) {
        ChecklistProgress total = ChecklistProgress.EMPTY;
        for (ChecklistEntry entry : section.items()) {
            total = total.plus(progress(entry));
        }
        for (ChecklistSection child : section.children()) {
            total = total.plus(progress(child));
        }
        return total;
    }

    private ChecklistProgress progress(ChecklistEntry entry) {
        ChecklistProgress total = ChecklistProgress.of(stateOf(entry));
        for (ChecklistEntry child : entry.children()) {
            total = total.plus(progress(child));
        }
        return total;
    }

    /** Every entry, depth first in document order. */
    public List<ChecklistEntry> entries() {
        List<ChecklistEntry> all = new ArrayList<>();
        sections.forEach(s -> collect(s, all));
        return all;
    }

    private static void collect(ChecklistSection section, List<ChecklistEntry> all) {
        section.items().forEach(e -> collect(e, all));
        section.children().forEach(c -> collect(c, all));
    }

    private static void collect(ChecklistEntry entry, List<ChecklistEntry> all) {
        all.add(entry);
        entry.children().forEach(c -> collect(c, all));
    }

    /** This checklist with one item's state replaced. */
    public LoadedChecklist with(ItemState state) {
        Map<String, ItemState> next = new java.util.HashMap<>(states);
        next.put(state.itemId(), state);
        return new LoadedChecklist(declaration, guide, sections, next, changes, orphans);
    }
}
