package org.migrationworkbench.ui.checklist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;
import org.migrationworkbench.core.store.ChecklistStateRepository.ItemState;
import org.migrationworkbench.ui.common.Styles;

/**
 * The selected checklist as a virtualized tree table of sections and items. It is rebuilt when the filter or
 * the checklist changes, keeping the selected row, the row at the top and the sections the user collapsed;
 * a changed item only redraws its own cells.
 */
final class ChecklistTable {
    private static final double ROW_HEIGHT = 32;

    private final ChecklistViewModel model;
    private final TreeTableView<ChecklistRow> table = new TreeTableView<>();
    private final Map<ChecklistRow, TreeItem<ChecklistRow>> items = new IdentityHashMap<>();
    private final Set<String> collapsed = new HashSet<>();
    private String shownChecklist;
    private boolean syncing;

    ChecklistTable(ChecklistViewModel model) {
        this.model = model;
        table.setId("checklist-tree");
        table.getStyleClass().add(Styles.CHECKLIST_TREE);
        table.setShowRoot(false);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No items match the filter"));
        table.getColumns().addAll(List.of(textColumn(), column("State", 150, StateLook::withReason, true),
                column("Assignee", 110, item -> item.recorded().map(ItemState::assignee).orElse(""), false),
                column("Last change", 150, item -> item.recorded().map(StateLook::change).orElse(""), false)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (!syncing) {
                model.selection().select(now == null ? null : now.getValue());
            }
        });
        model.selection().rowProperty().addListener((obs, was, now) -> select(now, true));
        model.visibleRowsProperty().addListener((obs, was, now) -> rebuild(now));
        rebuild(model.visibleRowsProperty().get());
    }

    TreeTableView<ChecklistRow> node() {
        return table;
    }

    private static TreeTableColumn<ChecklistRow, Number> textColumn() {
        TreeTableColumn<ChecklistRow, Number> column = new TreeTableColumn<>("Item");
        column.setCellValueFactory(cell -> cell.getValue().getValue().revisionProperty());
        column.setCellFactory(c -> new RowCells.TextCell());
        column.setPrefWidth(420);
        column.setMinWidth(200);
        return column;
    }

    private static TreeTableColumn<ChecklistRow, Number> column(String title, double width,
                                                                Function<ItemRow, String> text, boolean byState) {
        TreeTableColumn<ChecklistRow, Number> column = new TreeTableColumn<>(title);
        column.setCellValueFactory(cell -> cell.getValue().getValue().revisionProperty());
        column.setCellFactory(c -> new RowCells.ItemTextCell(text, byState));
        column.setPrefWidth(width);
        column.setMinWidth(70);
        column.setMaxWidth(width * 1.4); // extra width goes to the item text
        return column;
    }

    private void rebuild(List<ChecklistRow> rows) {
        ChecklistTree tree = model.treeProperty().get();
        String checklist = tree == null ? null : tree.checklistId();
        boolean same = checklist != null && checklist.equals(shownChecklist);
        Optional<Top> top = same ? top() : Optional.empty();
        if (!same) {
            collapsed.clear();
        }
        shownChecklist = checklist;
        TreeItem<ChecklistRow> root = build(rows);
        syncing = true;
        table.setRoot(root);
        syncing = false;
        table.layout(); // the skin takes the new rows now, so scrolling below is not undone by the next pulse
        select(model.selection().rowProperty().get(), top.isEmpty());
        top.ifPresentOrElse(this::restore, () -> {
            if (table.getSelectionModel().isEmpty()) {
                table.scrollTo(0);
            }
        });
    }

    /** The row at the top of the viewport and how far it is scrolled out of view (pixels, at most 0). */
    private record Top(String key, double offset) {
    }

    private Optional<Top> top() {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null) {
            IndexedCell<?> cell = flow.getFirstVisibleCell();
            TreeItem<ChecklistRow> item = table.getTreeItem(cell.getIndex());
            return Optional.ofNullable(item).map(i -> new Top(i.getValue().key(), cell.getLayoutY()));
        }
        return Optional.empty();
    }

    private void restore(Top top) {
        Optional.ofNullable(model.treeProperty().get()).flatMap(t -> t.row(top.key())).map(items::get)
                .ifPresent(item -> {
                    if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                        flow.scrollToTop(table.getRow(item));
                        flow.scrollPixels(-top.offset());
                    }
                });
    }

    private TreeItem<ChecklistRow> build(List<ChecklistRow> rows) {
        items.clear();
        TreeItem<ChecklistRow> root = new TreeItem<>();
        Map<TreeItem<ChecklistRow>, List<TreeItem<ChecklistRow>>> children = new IdentityHashMap<>();
        for (ChecklistRow row : rows) {
            TreeItem<ChecklistRow> item = new TreeItem<>(row);
            items.put(row, item);
            TreeItem<ChecklistRow> parent = row.parent().map(items::get).orElse(root);
            children.computeIfAbsent(parent, p -> new ArrayList<>()).add(item);
        }
        boolean filtered = !model.filterProperty().get().isNone();
        children.forEach((parent, list) -> {
            parent.getChildren().setAll(list);
            if (parent != root) {
                String key = parent.getValue().key();
                parent.setExpanded(filtered || !collapsed.contains(key));
                parent.expandedProperty().addListener((obs, was, open) -> {
                    if (open) {
                        collapsed.remove(key);
                    } else {
                        collapsed.add(key);
                    }
                });
            }
        });
        root.setExpanded(true);
        return root;
    }

    private void select(ChecklistRow row, boolean reveal) {
        TreeItem<ChecklistRow> item = row == null ? null : items.get(row);
        if (item == null) {
            syncing = true;
            table.getSelectionModel().clearSelection();
            syncing = false;
            return;
        }
        if (table.getSelectionModel().getSelectedItem() == item) {
            return;
        }
        for (TreeItem<ChecklistRow> up = item.getParent(); up != null; up = up.getParent()) {
            up.setExpanded(true);
        }
        int index = table.getRow(item);
        syncing = true;
        table.getSelectionModel().clearAndSelect(index);
        table.getFocusModel().focus(index);
        syncing = false;
        if (reveal) {
            reveal(index);
        }
    }

    /** Scrolls just enough for the row to be seen. */
    void reveal(int index) {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(index);
        } else {
            table.scrollTo(index);
        }
    }
}
