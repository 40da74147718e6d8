package org.migrationworkbench.ui.signoff;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.migrationworkbench.ui.common.Styles;

/**
 * Approves or rejects one role at one gate: the signer (pre-filled, editable), the evidence being signed, a
 * comment (required to reject). It stays open while the decision is recorded and shows a refusal in place;
 * it closes once the record is durable.
 */
final class SignDialog {
    static final ButtonType APPROVE = new ButtonType("Approve", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType REJECT = new ButtonType("Reject", ButtonBar.ButtonData.OTHER);

    private SignDialog() {
    }

    static void show(Window owner, SignDraft draft) {
        MatrixCell cell = draft.cell();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Sign off");
        dialog.setHeaderText(cell.role() + " sign-off of " + cell.gateTitle() + " (" + cell.gate() + ")");
        dialog.getDialogPane().setId("sign-dialog");
        dialog.getDialogPane().setContent(content(draft));
        dialog.getDialogPane().getButtonTypes().addAll(REJECT, APPROVE, ButtonType.CANCEL);
        dialog.getDialogPane().setPrefWidth(660);
        Node approve = dialog.getDialogPane().lookupButton(APPROVE);
        Node reject = dialog.getDialogPane().lookupButton(REJECT);
        approve.setId("sign-approve");
        reject.setId("sign-reject");
        reject.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        approve.disableProperty().bind(draft.busyProperty().or(draft.nameProperty().isEmpty()));
        reject.disableProperty().bind(draft.busyProperty().or(draft.commentProperty().isEmpty()));
        // the buttons record; the dialog closes only once the record is stored
        approve.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            draft.approve();
        });
        reject.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            draft.reject();
        });
        draft.doneProperty().addListener((obs, was, done) -> {
            if (done) {
                dialog.setResult(ButtonType.OK);
                dialog.close();
            }
        });
        // a refusal adds lines: grow the dialog so they are not cut off
        draft.refusalProperty().addListener((obs, was, now) -> Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        dialog.show();
    }

    private static Node content(SignDraft draft) {
        TextField name = field("sign-name", draft.nameProperty(), "Name (required)");
        TextField email = field("sign-email", draft.emailProperty(), "Email");
        TextArea comment = new TextArea();
        comment.setId("sign-comment");
        comment.setPromptText("Why — required to reject, optional to approve");
        comment.setPrefRowCount(3);
        comment.setWrapText(true);
        comment.setMinHeight(Region.USE_PREF_SIZE);
        comment.textProperty().bindBidirectional(draft.commentProperty());
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(70);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(captions, fields);
        form.addRow(0, caption("Name"), name);
        form.addRow(1, caption("Email"), email);
        form.addRow(2, caption("Comment"), comment);
        if (!draft.signingKey().isEmpty()) {
            TextField key = new TextField(draft.signingKey());
            key.setId("sign-key");
            key.setEditable(false);
            key.setTooltip(new javafx.scene.control.Tooltip("Your own sign-off key: this sign-off is signed with "
                    + "it. To let it sign for a role, list it under signoff.signers in workbench.yaml."));
            form.addRow(3, caption("Key"), key);
        }
        Label rule = new Label("A reject needs a comment saying why. The approval binds to the evidence below; "
                + "if it changes, the approval turns stale.");
        rule.getStyleClass().add(Styles.MUTED);
        rule.setWrapText(true);
        rule.setMinHeight(Region.USE_PREF_SIZE);
        Label refusal = new Label();
        refusal.setId("sign-refusal");
        refusal.getStyleClass().add(Styles.FORM_PROBLEM);
        refusal.setWrapText(true);
        refusal.setMinHeight(Region.USE_PREF_SIZE);
        refusal.textProperty().bind(draft.refusalProperty());
        refusal.visibleProperty().bind(draft.refusalProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        Label heading = new Label("Evidence being signed");
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        VBox box = new VBox(10, form, rule, refusal, heading, EvidenceList.of(draft.evidence(), "sign-evidence",
                "This gate covers no checklists, rules, comparisons or metrics."));
        Platform.runLater(comment::requestFocus);
        return box;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.FIELD_LABEL);
        return label;
    }
}
