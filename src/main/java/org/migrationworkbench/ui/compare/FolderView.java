package org.migrationworkbench.ui.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.migrationworkbench.core.compare.FileComparison;
import org.migrationworkbench.ui.common.Styles;

/**
 * A folder comparison as a tree: each file with its status and counts, each folder with the sums below it.
 * Double-click or Enter on a changed or identical file opens the pair.
 */
public final class FolderView {
    private final TreeTableView<FolderEntry> tree = new TreeTableView<>();
    private final javafx.beans.property.ReadOnlyObjectWrapper<FileComparison> selected =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();

    public FolderView(List<FileComparison> files, Consumer<FileComparison> open) {
        tree.setId("folder-tree");
        tree.setRoot(build(files));
        tree.setShowRoot(false);
        tree.getColumns().add(column("File", FolderEntry::name, 320, false));
        tree.getColumns().add(column("Status", FolderEntry::status, 100, true));
        tree.getColumns().add(column("Details", FolderEntry::detail, 300, false));
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.setPlaceholder(new Label("Both folders are empty"));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> selected.set(
                now == null || now.getValue() == null ? null : now.getValue().file().orElse(null)));
        tree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected(open);
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(open);
                e.consume();
            }
        });
    }

    /** The file selected in the tree; null for a folder or none. */
    public javafx.beans.property.ReadOnlyObjectProperty<FileComparison> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public Node node() {
        return tree;
    }

    private void openSelected(Consumer<FileComparison> open) {
        TreeItem<FolderEntry> item = tree.getSelectionModel().getSelectedItem();
        if (item != null && item.getValue().opens()) {
            open.accept(item.getValue().file().orElseThrow());
        }
    }

    /** The tree of folders and files, folders expanded, sums filled in. */
    static TreeItem<FolderEntry> build(List<FileComparison> files) {
        TreeItem<FolderEntry> root = new TreeItem<>(FolderEntry.folder(""));
        Map<String, TreeItem<FolderEntry>> folders = new HashMap<>();
        folders.put("", root);
        for (FileComparison f : files) {
            int slash = f.path().lastIndexOf('/');
            TreeItem<FolderEntry> parent = folder(folders, slash < 0 ? "" : f.path().substring(0, slash));
            FolderEntry entry = FolderEntry.file(f.path().substring(slash + 1), f);
            parent.getChildren().add(new TreeItem<>(entry));
            for (TreeItem<FolderEntry> up = parent; up != null; up = up.getParent()) {
                up.setValue(up.getValue().plus(entry));
            }
        }
        return root;
    }

    private static TreeItem<FolderEntry> folder(Map<String, TreeItem<FolderEntry>> folders, String path) {
        TreeItem<FolderEntry> known = folders.get(path);
        if (known != null) {
            return known;
        }
        int slash = path.lastIndexOf('/');
        TreeItem<FolderEntry> parent = folder(folders, slash < 0 ? "" : path.substring(0, slash));
        TreeItem<FolderEntry> item = new TreeItem<>(FolderEntry.folder(path.substring(slash + 1) + "/"));
        item.setExpanded(true);
        parent.getChildren().add(item);
        folders.put(path, item);
        return item;
    }

    private static TreeTableColumn<FolderEntry, String> column(String header,
                                                              java.util.function.Function<FolderEntry, String> text,
                                                              double width, boolean status) {
        TreeTableColumn<FolderEntry, String> column = new TreeTableColumn<>(header);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue() == null ? ""
                : text.apply(c.getValue().getValue())));
        column.setPrefWidth(width);
        if (status) {
            column.setCellFactory(c -> new StatusCell());
        }
        return column;
    }

    /** The status word coloured by status. */
    private static final class StatusCell extends TreeTableCell<FolderEntry, String> {
        @Override
        protected void updateItem(String status, boolean empty) {
            super.updateItem(status, empty);
            getStyleClass().removeIf(c -> c.startsWith(Styles.FILE_STATUS + "-"));
            setText(empty ? null : status);
            if (!empty && status != null) {
                getStyleClass().add(Styles.fileStatus(status));
            }
        }
    }
}
