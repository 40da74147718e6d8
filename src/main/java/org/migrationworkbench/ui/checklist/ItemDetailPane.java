package org.migrationworkbench.ui.checklist;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.migrationworkbench.core.guide.CodeBlock;
import org.migrationworkbench.core.store.ChecklistStateRepository.ItemState;
import org.migrationworkbench.ui.common.Styles;

/**
 * The selected row in full, under the tree in three columns: an item's text, detail and code blocks (each
 * with Copy); its note and assignee (both editable); its history, newest first, and what the checklist's
 * last import changed, when it changed anything. For a section: its counts and code.
 */
final class ItemDetailPane {
    private final ChecklistViewModel model;
    private final ScrollPane root = new ScrollPane();
    private final VBox content = new VBox(10);
    private final VBox editors = new VBox(12);
    private final VBox history = new VBox(8);
    private final VBox historyBox = new VBox(8, label("History"), history);
    private final VBox importBox = new VBox(6);
    private final ItemFields fields;
    private final Label sectionCounts = wrapped("");
    private final ChangeListener<Number> rowChanged = (obs, was, now) -> refresh();
    private ChecklistRow shown;

    ItemDetailPane(ChecklistViewModel model, Runnable backToList) {
        this.model = model;
        this.fields = new ItemFields(model, backToList);
        root.setId("item-detail");
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setContent(columns());
        model.selection().rowProperty().addListener((obs, was, now) -> show(now));
        model.selection().historyProperty().addListener((obs, was, now) -> showHistory(now));
        model.treeProperty().addListener((obs, was, now) -> showImport(now));
        show(model.selection().rowProperty().get());
        showImport(model.treeProperty().get());
    }

    Node node() {
        return root;
    }

    private GridPane columns() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.DETAIL_PANE);
        grid.setHgap(28);
        for (double percent : new double[] {44, 26, 30}) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(percent);
            column.setFillWidth(true);
            grid.getColumnConstraints().add(column);
        }
        editors.getChildren().setAll(fields.editors());
        grid.addRow(0, content, editors, new VBox(16, historyBox, importBox));
        for (Node column : grid.getChildren()) {
            GridPane.setValignment(column, VPos.TOP);
        }
        return grid;
    }

    void editNote() {
        fields.focusNote();
    }

    private void show(ChecklistRow row) {
        if (shown != null) {
            shown.revisionProperty().removeListener(rowChanged);
        }
        shown = row;
        boolean item = row instanceof ItemRow;
        editors.setVisible(item);
        historyBox.setVisible(item);
        historyBox.setManaged(item);
        GridPane.setColumnSpan(content, item ? 1 : 2); // a section has no editors: its code gets their room
        if (row == null) {
            content.getChildren().setAll(muted("Select an item to see its details."));
            return;
        }
        row.revisionProperty().addListener(rowChanged);
        Label title = new Label(row.text());
        title.getStyleClass().add(Styles.DETAIL_TITLE);
        title.setWrapText(true);
        List<Node> nodes = new ArrayList<>(List.of(title));
        if (row instanceof ItemRow itemRow) {
            nodes.add(fields.stateLine());
            if (!itemRow.entry().item().detail().isBlank()) {
                nodes.add(wrapped(itemRow.entry().item().detail()));
            }
            itemRow.entry().item().code().forEach(code -> nodes.add(CodeBlockView.of(code)));
            showHistory(model.selection().historyProperty().get());
        } else if (row instanceof SectionRow section) {
            nodes.add(sectionCounts);
            for (CodeBlock code : section.section().code()) {
                nodes.add(CodeBlockView.of(code));
            }
        }
        content.getChildren().setAll(nodes);
        refresh();
    }

    private void refresh() {
        if (shown instanceof ItemRow item) {
            fields.show(item);
        } else if (shown instanceof SectionRow section) {
            sectionCounts.setText(StateLook.counts(section.progress()));
        }
    }

    private void showHistory(List<ItemState> states) {
        history.getChildren().setAll(HistoryEntries.of(states));
        if (states.isEmpty()) {
            history.getChildren().add(muted("No changes recorded yet."));
        }
    }

    private void showImport(ChecklistTree tree) {
        importBox.getChildren().clear();
        if (tree == null) {
            return;
        }
        ImportChanges.of(tree.loaded()).ifPresent(changes -> {
            importBox.getChildren().addAll(label("Last import of the guide"), wrapped(changes.summary()));
            if (!changes.orphans().isEmpty()) {
                importBox.getChildren().add(label("Progress of items no longer in the guide"));
                changes.orphans().forEach(line -> importBox.getChildren().add(wrapped(line)));
            }
        });
        importBox.setId("import-changes");
    }

    static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.FIELD_LABEL);
        return label;
    }

    static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    static Label muted(String text) {
        Label label = wrapped(text);
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }
}
