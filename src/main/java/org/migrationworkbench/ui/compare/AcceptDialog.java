package org.migrationworkbench.ui.compare;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.migrationworkbench.ui.common.Styles;

/**
 * Accepts a difference into the comparison's register: match and field patterns (pre-filled), a reason and an
 * owner (required), an optional expiry (not in the past). Saving is disabled while the form has a problem,
 * which is shown below the fields.
 */
final class AcceptDialog {
    private AcceptDialog() {
    }

    static void ask(Window owner, RegisterViewModel register, AcceptDraft draft) {
        AcceptForm form = register.form(draft);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Accept difference");
        dialog.setHeaderText("Accept " + draft.what() + " of " + register.comparisonProperty().get().displayTitle());
        TextField match = field("accept-match", form.matchProperty(), "Regular expression over the key or lines");
        match.getStyleClass().add(Styles.MONO);
        TextField field = field("accept-field", form.fieldProperty(), "Optional: only these field paths / columns");
        field.getStyleClass().add(Styles.MONO);
        TextArea reason = new TextArea();
        reason.setId("accept-reason");
        reason.setPromptText("Why this difference is expected (required)");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.textProperty().bindBidirectional(form.reasonProperty());
        TextField who = field("accept-owner", form.ownerProperty(), "Who answers for it (required)");
        DatePicker expires = new DatePicker();
        expires.setId("accept-expires");
        expires.setPromptText("No expiry");
        expires.valueProperty().bindBidirectional(form.expiresProperty());
        expires.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(java.time.LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                setDisable(empty || day.isBefore(form.today()));
            }
        });
        Label problem = new Label();
        problem.setId("accept-problem");
        problem.getStyleClass().add(Styles.FORM_PROBLEM);
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> form.problem().orElse(""),
                form.matchProperty(), form.fieldProperty(), form.reasonProperty(), form.ownerProperty(),
                form.expiresProperty()));
        GridPane grid = grid();
        grid.addRow(0, caption("Match"), match);
        grid.addRow(1, caption("Field"), field);
        grid.addRow(2, caption("Reason"), reason);
        grid.addRow(3, caption("Owner"), who);
        grid.addRow(4, caption("Expires"), expires);
        grid.add(problem, 1, 5);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("accept-save");
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(problem.textProperty().isEmpty()
                .not());
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == ButtonType.OK) {
                register.accept(form);
            }
        });
        dialog.show();
        Platform.runLater(reason::requestFocus);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField text = new TextField();
        text.setId(id);
        text.setPromptText(prompt);
        text.setPrefColumnCount(42);
        text.textProperty().bindBidirectional(value);
        return text;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }
}
