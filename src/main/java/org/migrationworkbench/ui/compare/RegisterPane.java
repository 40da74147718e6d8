package org.migrationworkbench.ui.compare;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.migrationworkbench.ui.common.Styles;

/** The register of the declared comparison shown, folded away: its entries, expired ones marked, and Revoke. */
final class RegisterPane {
    private final TitledPane root = new TitledPane();

    RegisterPane(RegisterViewModel model) {
        root.setId("register-pane");
        root.getStyleClass().add(Styles.REGISTER_PANE);
        root.setExpanded(false);
        root.textProperty().bind(Bindings.createStringBinding(() -> "Accepted differences"
                + (model.noteProperty().get().isEmpty() ? " (none)" : " (" + model.noteProperty().get()
                .replace("register: ", "") + ")"), model.noteProperty()));
        TableView<RegisterRow> table = table(model);
        Button revoke = new Button("Revoke…", new FontIcon(Feather.X_CIRCLE));
        revoke.setId("register-revoke");
        revoke.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        revoke.setOnAction(e -> confirmRevoke(model, table.getSelectionModel().getSelectedItem()));
        Label hint = new Label("Select a difference and choose Accept… to add one. Expired entries count again.");
        hint.getStyleClass().add(Styles.MUTED);
        HBox actions = new HBox(10, revoke, hint);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root.setContent(new VBox(8, table, actions));
    }

    Node node() {
        return root;
    }

    private static TableView<RegisterRow> table(RegisterViewModel model) {
        TableView<RegisterRow> table = new TableView<>(model.entries());
        table.setId("register-table");
        table.getColumns().add(column("ID", RegisterRow::id, 50));
        table.getColumns().add(column("Match", RegisterRow::match, 220));
        table.getColumns().add(column("Field", RegisterRow::field, 140));
        table.getColumns().add(column("Owner", RegisterRow::owner, 100));
        table.getColumns().add(column("Until", RegisterRow::until, 100));
        table.getColumns().add(column("State", RegisterRow::state, 80));
        table.getColumns().add(column("Reason", RegisterRow::reason, 260));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No accepted differences"));
        table.setFixedCellSize(28);
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> 36.0 + 28 * Math.min(5,
                Math.max(2, model.entries().size())), model.entries()));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RegisterRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("expired"),
                        !empty && row != null && !row.active());
            }
        });
        table.getStyleClass().add(Styles.REGISTER_TABLE);
        return table;
    }

    private static TableColumn<RegisterRow, String> column(String header,
                                                          java.util.function.Function<RegisterRow, String> text,
                                                          double width) {
        TableColumn<RegisterRow, String> column = new TableColumn<>(header);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private void confirmRevoke(RegisterViewModel model, RegisterRow row) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Its differences count again from the next run. "
                + "The register keeps the entry and who revoked it.", ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(root.getScene().getWindow());
        confirm.setTitle("Revoke accepted difference");
        confirm.setHeaderText("Revoke " + row.id() + " (" + row.reason() + ")?");
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.revoke(row));
    }
}
