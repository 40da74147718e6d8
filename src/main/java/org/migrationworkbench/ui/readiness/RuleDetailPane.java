package org.migrationworkbench.ui.readiness;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.migrationworkbench.core.readiness.Evidence;
import org.migrationworkbench.core.readiness.RuleResult;
import org.migrationworkbench.core.readiness.Waiver;
import org.migrationworkbench.ui.common.PairOpener;
import org.migrationworkbench.ui.common.Styles;

/**
 * The selected rule: title, status, summary, evidence (a row with a file opens the code preview), the waiver
 * covering it, and Waive… for a failing rule.
 */
final class RuleDetailPane {
    private static final int SHOWN_EVIDENCE = 200;

    private final RuleDetails details;
    private final java.util.Optional<PairOpener> compare;
    private final VBox content = new VBox();
    private final ScrollPane root = new ScrollPane(content);

    /** {@code compare} opens two code references side by side in the Compare view (absent: no button). */
    RuleDetailPane(RuleDetails details, java.util.Optional<PairOpener> compare) {
        this.details = details;
        this.compare = compare;
        content.getStyleClass().add(Styles.DETAIL_PANE);
        content.setId("rule-detail");
        root.setFitToWidth(true);
        details.selectedProperty().addListener((obs, was, now) -> render(now));
        render(details.selectedProperty().get());
    }

    Node node() {
        return root;
    }

    private void render(RuleRow row) {
        if (row == null) {
            Label hint = new Label("Select a rule to see what it found.");
            hint.getStyleClass().add(Styles.EMPTY_STATE);
            content.getChildren().setAll(hint);
            return;
        }
        Label title = new Label(row.rule().title());
        title.getStyleClass().add(Styles.DETAIL_TITLE);
        title.setWrapText(true);
        Label id = new Label(row.id() + " · " + row.rule().kind().id() + " · " + row.rule().severity().label());
        id.getStyleClass().addAll(Styles.MUTED, Styles.MONO);
        id.setWrapText(true);
        Label status = new Label(row.word() + (row.changeNote().isEmpty() ? "" : " (" + row.changeNote() + ")"),
                StatusLook.icon(row.look()));
        status.setId("rule-status");
        content.getChildren().setAll(new VBox(2, title, id), status);
        row.rule().description().ifPresent(d -> content.getChildren().add(wrapped(d, Styles.MUTED)));
        compare.ifPresent(opener -> details.codePair().ifPresent(pair -> content.getChildren().add(
                sideBySide(opener, pair))));
        row.result().ifPresent(this::result);
        row.scored().flatMap(s -> s.waiver()).ifPresent(this::waiver);
        if (row.canWaive()) {
            Button waive = new Button("Waive…", new FontIcon(Feather.SHIELD));
            waive.setId("waive");
            waive.setOnAction(e -> WaiveDialog.ask(root.getScene().getWindow(), row, details));
            content.getChildren().add(waive);
        }
    }

    private void result(RuleResult result) {
        Label summary = wrapped(result.outcome().summary(), null);
        summary.setId("rule-summary");
        content.getChildren().addAll(field("Summary"), summary);
        if (result.outcome().evidence().isEmpty()) {
            return;
        }
        VBox list = new VBox(2);
        list.setId("evidence-list");
        result.outcome().evidence().stream().limit(SHOWN_EVIDENCE).forEach(e -> list.getChildren().add(evidence(e)));
        content.getChildren().addAll(field("Evidence (" + result.outcome().evidence().size() + ")"), list);
    }

    private Node evidence(Evidence evidence) {
        Label text = new Label(evidence.text());
        text.getStyleClass().add(Styles.MONO);
        text.setWrapText(true);
        if (evidence.file().isEmpty()) {
            return text;
        }
        Label where = new Label(evidence.file() + (evidence.line() > 0 ? ":" + evidence.line() : ""),
                new FontIcon(Feather.FILE_TEXT));
        where.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        VBox row = new VBox(1, where, text);
        row.getStyleClass().add(Styles.EVIDENCE_ROW);
        row.setCursor(javafx.scene.Cursor.HAND);
        row.setAccessibleText("Open " + where.getText());
        row.setOnMouseClicked(e -> details.showEvidence(evidence));
        return row;
    }

    private static Node sideBySide(PairOpener opener, CodeRefPair pair) {
        Button open = new Button("Open side by side in Compare", new FontIcon(Feather.COLUMNS));
        open.setId("open-side-by-side");
        open.setOnAction(e -> opener.open(pair.oldFile(), pair.newFile(), pair.oldLine(), pair.newLine(),
                pair.title()));
        return open;
    }

    private void waiver(Waiver waiver) {
        Label text = wrapped("Waived until " + waiver.expires() + " · owner " + waiver.owner() + " · by "
                + waiver.createdBy() + "\n" + waiver.reason(), null);
        text.setId("waiver-info");
        content.getChildren().addAll(field("Waiver"), text);
    }

    private static Label field(String text) {
        Label label = new Label(text.toUpperCase(java.util.Locale.ROOT));
        label.getStyleClass().add(Styles.FIELD_LABEL);
        return label;
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        if (style != null) {
            label.getStyleClass().add(style);
        }
        return label;
    }
}
