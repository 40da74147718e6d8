package org.migrationworkbench.ui.signoff;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import java.util.function.Function;
import org.migrationworkbench.ui.common.Styles;

/**
 * Below the matrix: the selected cell's gate history (every record, newest first) and, for a stale cell, what
 * changed since approval.
 */
final class GatePane {
    private final SignoffsViewModel model;
    private final VBox root = new VBox(10);
    private final Label title = new Label();
    private final Label changesTitle = new Label("Changed since approval");
    private final VBox changes = new VBox();

    GatePane(SignoffsViewModel model) {
        this.model = model;
        root.setPadding(new javafx.geometry.Insets(12, 20, 16, 20)); // aligned with the matrix above
        root.setId("gate-pane");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.setId("gate-history-title");
        changesTitle.getStyleClass().add(Styles.SECTION_TITLE);
        TableView<HistoryRow> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().setAll(title, table, changesTitle, changes);
        model.selectedProperty().addListener((obs, was, now) -> showTitle());
        model.changes().addListener((ListChangeListener<EvidenceText.Line>) c -> showChanges());
        showTitle();
        showChanges();
    }

    Node node() {
        return root;
    }

    private TableView<HistoryRow> table() {
        TableView<HistoryRow> table = new TableView<>(model.history());
        table.setId("gate-history");
        table.getColumns().add(column("When", HistoryRow::when, 110));
        table.getColumns().add(column("Role", r -> r.record().role(), 140));
        table.getColumns().add(column("Person", HistoryRow::person, 220));
        table.getColumns().add(column("Decision", HistoryRow::decision, 90));
        table.getColumns().add(column("Standing", HistoryRow::standing, 90));
        table.getColumns().add(column("Comment", r -> r.record().signoff().comment(), 260));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Select a cell to see its gate's sign-offs"));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(HistoryRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("stale"),
                        !empty && row != null && row.standing().equals("stale"));
            }
        });
        return table;
    }

    private static TableColumn<HistoryRow, String> column(String header, Function<HistoryRow, String> text,
                                                          double width) {
        TableColumn<HistoryRow, String> column = new TableColumn<>(header);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private void showTitle() {
        MatrixCell cell = model.selectedProperty().get();
        title.setText(cell == null ? "Gate history" : "History of " + cell.gateTitle() + " (" + cell.gate() + ")");
    }

    private void showChanges() {
        MatrixCell cell = model.selectedProperty().get();
        boolean stale = cell != null && cell.hasStale();
        changesTitle.setVisible(stale);
        changesTitle.setManaged(stale);
        changes.setVisible(stale);
        changes.setManaged(stale);
        if (stale) {
            changes.getChildren().setAll(EvidenceList.of(model.changes(), "stale-changes",
                    "The gate no longer exists in workbench.yaml, or the signed snapshot cannot be read."));
        }
    }
}
