package org.migrationworkbench.ui.readiness;

import java.time.LocalDate;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for a waiver's reason, owner (both required) and expiry (two weeks by default, not in the past). */
final class WaiveDialog {
    private WaiveDialog() {
    }

    static void ask(Window owner, RuleRow row, RuleDetails details) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Waive rule");
        dialog.setHeaderText("Waive " + row.rule().title());
        TextField reason = new TextField();
        reason.setId("waiver-reason");
        reason.setPromptText("Why this failure is accepted (required)");
        reason.setPrefColumnCount(34);
        TextField ownerField = new TextField(System.getProperty("user.name", ""));
        ownerField.setId("waiver-owner");
        ownerField.setPromptText("Who makes sure it is fixed (required)");
        DatePicker expires = new DatePicker(details.defaultExpiry());
        expires.setId("waiver-expires");
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.addRow(0, new Label("Reason"), reason);
        form.addRow(1, new Label("Owner"), ownerField);
        form.addRow(2, new Label("Expires"), expires);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        LocalDate today = details.defaultExpiry().minusDays(14);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.createBooleanBinding(
                () -> reason.getText().isBlank() || ownerField.getText().isBlank() || expires.getValue() == null
                        || expires.getValue().isBefore(today),
                reason.textProperty(), ownerField.textProperty(), expires.valueProperty()));
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == ButtonType.OK) {
                details.waive(reason.getText(), ownerField.getText(), expires.getValue());
            }
        });
        dialog.show();
        Platform.runLater(reason::requestFocus);
    }
}
