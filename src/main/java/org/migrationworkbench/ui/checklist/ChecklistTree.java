package org.migrationworkbench.ui.checklist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migrationworkbench.core.checklist.ChecklistEntry;
import org.migrationworkbench.core.checklist.ChecklistProgress;
import org.migrationworkbench.core.checklist.ChecklistSection;
import org.migrationworkbench.core.checklist.LoadedChecklist;
import org.migrationworkbench.core.store.ChecklistStateRepository.ItemState;

/**
 * The rows of one loaded checklist: sections and items in document order, found by key. Sections without
 * any item below them (a table of metrics, a prose chapter) are left out.
 */
public final class ChecklistTree {
    private final LoadedChecklist loaded;
    private final List<ChecklistRow> roots = new ArrayList<>();
    private final List<ChecklistRow> rows = new ArrayList<>();
    private final Map<String, ChecklistRow> byKey = new HashMap<>();

    /** {@code newer} are states written since {@code loaded} was read; they win over the loaded ones. */
    ChecklistTree(LoadedChecklist loaded, Map<String, Optional<ItemState>> newer) {
        this.loaded = loaded;
        for (ChecklistSection section : loaded.sections()) {
            section(null, section, newer).ifPresent(roots::add);
        }
        collect(roots);
    }

    public LoadedChecklist loaded() {
        return loaded;
    }

    public String checklistId() {
        return loaded.id();
    }

    /** Top-level rows. */
    public List<ChecklistRow> roots() {
        return Collections.unmodifiableList(roots);
    }

    /** Every row, depth first in document order: a row always comes after its parent. */
    public List<ChecklistRow> rows() {
        return Collections.unmodifiableList(rows);
    }

    public Optional<ChecklistRow> row(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Optional<ItemRow> item(String id) {
        return row(id).filter(ItemRow.class::isInstance).map(ItemRow.class::cast);
    }

    /** Progress of the whole checklist, as it is shown now. */
    public ChecklistProgress progress() {
        ChecklistProgress total = ChecklistProgress.EMPTY;
        for (ChecklistRow root : roots) {
            total = total.plus(root.progress());
        }
        return total;
    }

    private Optional<ChecklistRow> section(ChecklistRow parent, ChecklistSection section,
                                           Map<String, Optional<ItemState>> newer) {
        SectionRow row = new SectionRow(parent, section.section());
        for (ChecklistEntry entry : section.items()) {
            row.add(item(row, entry, newer));
        }
        for (ChecklistSection child : section.children()) {
            section(row, child, newer).ifPresent(row::add);
        }
        row.sumProgress(ChecklistProgress.EMPTY);
        return row.progress().total() == 0 ? Optional.empty() : Optional.of(row);
    }

    private ItemRow item(ChecklistRow parent, ChecklistEntry entry, Map<String, Optional<ItemState>> newer) {
        Optional<ItemState> state = newer.containsKey(entry.id()) ? newer.get(entry.id()) : loaded.state(entry.id());
        ItemRow row = new ItemRow(parent, entry, state);
        for (ChecklistEntry child : entry.children()) {
            row.add(item(row, child, newer));
        }
        row.sumProgress(ChecklistProgress.of(row.state()));
        return row;
    }

    private void collect(List<ChecklistRow> level) {
        for (ChecklistRow row : level) {
            rows.add(row);
            byKey.putIfAbsent(row.key(), row);
            collect(row.children());
        }
    }
}
