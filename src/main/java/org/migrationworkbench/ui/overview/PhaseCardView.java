package org.migrationworkbench.ui.overview;

import org.migrationworkbench.core.report.dashboard.*;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.migrationworkbench.ui.common.Styles;

/** Draws a {@link PhaseCard}: status, title, dates and risk on top, the gate's parts below, then what is missing. */
final class PhaseCardView {
    private PhaseCardView() {
    }

    static Node of(PhaseCard card) {
        VBox box = new VBox(10, top(card), facts(card), missing(card));
        box.setId("phase-card-" + card.id());
        box.getStyleClass().add(Styles.PHASE_CARD);
        return box;
    }

    private static Node top(PhaseCard card) {
        Label status = pill(card.status().label(), Tone.of(card.status()));
        status.setId("phase-status-" + card.id());
        Label title = new Label(card.title());
        title.getStyleClass().add(Styles.PHASE_TITLE);
        title.setWrapText(true);
        Label id = new Label(card.id());
        id.getStyleClass().addAll(Styles.MUTED, Styles.MONO);
        id.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label dates = new Label(card.dates());
        dates.getStyleClass().add(Styles.MUTED);
        dates.setMinWidth(Region.USE_PREF_SIZE);
        Label risk = new Label(card.risk() + " risk");
        risk.setMinWidth(Region.USE_PREF_SIZE);
        risk.getStyleClass().addAll(Styles.RISK, Styles.risk(card.risk()));
        HBox top = new HBox(10, status, title, id, gap, dates, risk);
        top.setAlignment(Pos.CENTER_LEFT);
        return top;
    }

    private static Node facts(PhaseCard card) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / 3);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        grid.addRow(0, fact("Readiness", card.rules(), card.id() + "-rules"),
                fact("Comparisons", card.comparisons(), card.id() + "-comparisons"),
                fact("Sign-offs", card.signoffs(), card.id() + "-signoffs"));
        return grid;
    }

    private static Node fact(String name, Fact fact, String id) {
        Label caption = new Label(name.toUpperCase(Locale.ROOT));
        caption.getStyleClass().add(Styles.FACT_CAPTION);
        Label headline = new Label(fact.headline());
        headline.setId(id);
        headline.setWrapText(true);
        headline.getStyleClass().addAll(Styles.FACT_HEADLINE, Styles.tone(fact.tone().id()));
        VBox box = new VBox(2, caption, headline);
        for (String line : fact.details()) {
            Label detail = new Label(line);
            detail.setWrapText(true);
            detail.getStyleClass().addAll(Styles.MUTED, Styles.FACT_DETAIL);
            box.getChildren().add(detail);
        }
        return box;
    }

    private static Node missing(PhaseCard card) {
        if (!card.gated()) {
            return muted("No gate requirements declared");
        }
        if (card.missing().isEmpty()) {
            Label met = new Label("✓ Gate met: every requirement holds");
            met.getStyleClass().add(Styles.tone(Tone.GOOD.id()));
            return met;
        }
        VBox lines = new VBox(2);
        lines.setId("phase-missing-" + card.id());
        Label caption = new Label("STILL MISSING");
        caption.getStyleClass().add(Styles.FACT_CAPTION);
        lines.getChildren().add(caption);
        for (String line : card.missing()) {
            Label label = new Label("• " + line);
            label.setWrapText(true);
            lines.getChildren().add(label);
        }
        return lines;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }

    /** A rounded label in a tone's colours. */
    static Label pill(String text, Tone tone) {
        Label pill = new Label(text);
        pill.setMinWidth(Region.USE_PREF_SIZE);
        pill.getStyleClass().addAll(Styles.PILL, Styles.tone(tone.id()));
        return pill;
    }
}
