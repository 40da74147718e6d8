package org.migrationworkbench.ui.checklist;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.migrationworkbench.core.store.ChecklistStateRepository.ItemState;

/**
 * The row under the cursor and, for an item, its history: read after the writes made so far, and read
 * again whenever the item changes. UI thread only.
 */
public final class ItemSelection {
    private final StateWriter writer;
    private final ReadOnlyObjectProperty<ChecklistTree> tree;
    private final ObjectProperty<ChecklistRow> row = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<ItemState>> history = new ReadOnlyObjectWrapper<>(List.of());
    /** checklist/item whose history is wanted; read on the writer thread to skip reads no longer wanted. */
    private volatile String wanted = "";

    ItemSelection(StateWriter writer, ReadOnlyObjectProperty<ChecklistTree> tree) {
        this.writer = writer;
        this.tree = tree;
        row.addListener((obs, was, now) -> readHistory());
    }

    /** The selected row; null when none is. */
    public ObjectProperty<ChecklistRow> rowProperty() {
        return row;
    }

    /** Every state of the selected item, oldest first; empty for a section or an item never changed. */
    public ReadOnlyObjectProperty<List<ItemState>> historyProperty() {
        return history.getReadOnlyProperty();
    }

    public Optional<ItemRow> item() {
        return row.get() instanceof ItemRow item ? Optional.of(item) : Optional.empty();
    }

    public void select(ChecklistRow next) {
        row.set(next);
    }

    Optional<String> key() {
        return Optional.ofNullable(row.get()).map(ChecklistRow::key);
    }

    void selectKey(String key) {
        Optional.ofNullable(tree.get()).flatMap(t -> t.row(key)).ifPresent(row::set);
    }

    /** Selects the row with the key if the filter shows it, else the first item shown. */
    void selectKeyOrFirst(String key, List<ChecklistRow> visible) {
        Optional<ChecklistRow> keep = key == null ? Optional.empty()
                : Optional.ofNullable(tree.get()).flatMap(t -> t.row(key)).filter(visible::contains);
        row.set(keep.orElseGet(() -> visible.stream().filter(ItemRow.class::isInstance).findFirst()
                .orElse(visible.isEmpty() ? null : visible.get(0))));
    }

    /** Selects the first row after the selected one that is {@code wanted}, starting over at the top. */
    boolean next(List<ChecklistRow> visible, Predicate<ChecklistRow> wanted) {
        int start = visible.indexOf(row.get());
        for (int step = 1; step <= visible.size(); step++) {
            ChecklistRow candidate = visible.get(Math.floorMod(start + step, visible.size()));
            if (wanted.test(candidate)) {
                row.set(candidate);
                return true;
            }
        }
        return false;
    }

    /** An item's state changed: its history grew if it is the selected one. */
    void changed(ItemRow item) {
        if (row.get() == item) {
            readHistory();
        }
    }

    private void readHistory() {
        Optional<ItemRow> item = item();
        ChecklistTree shown = tree.get();
        if (item.isEmpty() || shown == null) {
            wanted = "";
            history.set(List.of());
            return;
        }
        String key = shown.checklistId() + "/" + item.get().id();
        if (!key.equals(wanted)) {
            history.set(List.of()); // not the previous item's history while this one's is read
        }
        wanted = key;
        writer.history(shown.checklistId(), item.get().id(), () -> key.equals(wanted), states -> {
            if (key.equals(wanted)) {
                history.set(states);
            }
        });
    }
}
