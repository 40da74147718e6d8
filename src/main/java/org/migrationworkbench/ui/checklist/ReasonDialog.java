package org.migrationworkbench.ui.checklist;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks why an item is n/a or blocked; OK stays disabled until a reason is typed. Enter confirms, Esc cancels. */
final class ReasonDialog {
    private ReasonDialog() {
    }

    /** Shows the dialog without blocking; {@code onReason} gets the reason when the user confirms. */
    static void ask(Window owner, String title, String itemText, String current, Consumer<String> onReason,
                    Runnable onClose) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        TextField reason = new TextField(current);
        reason.setId("reason-field");
        reason.setPromptText("Reason (required)");
        reason.setPrefColumnCount(36);
        Label item = new Label(itemText);
        item.setWrapText(true);
        item.setMaxWidth(420);
        dialog.getDialogPane().setContent(new VBox(10, item, reason));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(reason.textProperty().map(String::isBlank));
        dialog.setResultConverter(button -> button == ButtonType.OK ? reason.getText().strip() : null);
        dialog.setOnHidden(e -> {
            String result = dialog.getResult();
            if (result != null && !result.isBlank()) {
                onReason.accept(result);
            }
            onClose.run();
        });
        dialog.show();
        Platform.runLater(() -> {
            reason.requestFocus();
            reason.selectAll();
        });
    }
}
