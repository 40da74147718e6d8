package org.migrationworkbench.ui.readiness;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks once per workspace whether its command rules may run programs; the answer is remembered. */
final class TrustDialog implements ReadinessViewModel.TrustPrompt {
    static final ButtonType TRUST = new ButtonType("Trust and run", ButtonBar.ButtonData.YES);
    static final ButtonType DONT = new ButtonType("Don't trust", ButtonBar.ButtonData.NO);

    private final Supplier<Window> owner;

    TrustDialog(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void ask(String workspaceName, Consumer<Boolean> answer) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", TRUST, DONT, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle("Trust this workspace?");
        alert.setHeaderText("Trust \"" + workspaceName + "\"?");
        alert.setContentText("Command rules run programs from it on this computer. Trust it only if you know "
                + "where it comes from. If you don't, command rules are skipped. Your answer is remembered for "
                + "this workspace.");
        alert.getDialogPane().setId("trust-dialog");
        alert.getDialogPane().setPrefWidth(480);
        alert.setOnHidden(e -> {
            if (alert.getResult() == TRUST) {
                answer.accept(true);
            } else if (alert.getResult() == DONT) {
                answer.accept(false);
            }
        });
        alert.show();
    }
}
