package org.migrationworkbench.ui.overview;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.migrationworkbench.core.report.dashboard.LedgerCheck;
import org.migrationworkbench.core.report.dashboard.Tone;
import org.migrationworkbench.ui.common.Styles;

/**
 * The dashboard's danger box for a sign-off ledger that does not verify: what that means, the first problems (a
 * pill with the kind, then what was found, in a grid so the texts line up) and a link to the Sign-offs view.
 */
final class LedgerAlert {
    /** Problems listed before "and N more": a rewritten ledger can have one per record. */
    static final int PROBLEMS_SHOWN = 5;

    private LedgerAlert() {
    }

    /** {@code open} shows the Sign-offs view. */
    static Node of(LedgerCheck ledger, Runnable open) {
        Label title = new Label(ledger.headline() + " — " + ledger.problemCount(),
                new FontIcon(Feather.ALERT_OCTAGON));
        title.setId("ledger-alert-title");
        title.getStyleClass().add(Styles.LEDGER_ALERT_TITLE);
        title.setWrapText(true);
        Label summary = wrapped(ledger.summary());
        summary.setId("ledger-alert-summary");
        VBox box = new VBox(title, summary);
        box.setId("ledger-alert");
        box.getStyleClass().add(Styles.LEDGER_ALERT);
        GridPane problems = new GridPane();
        problems.setId("ledger-alert-problems");
        problems.setHgap(12);
        problems.setVgap(6);
        ledger.problems().stream().limit(PROBLEMS_SHOWN).forEach(p -> problems.addRow(problems.getRowCount(),
                kind(p.kind()), wrapped(p.text())));
        ColumnConstraints text = new ColumnConstraints();
        text.setHgrow(Priority.ALWAYS);
        problems.getColumnConstraints().addAll(new ColumnConstraints(), text);
        box.getChildren().add(problems);
        int more = ledger.problems().size() - PROBLEMS_SHOWN;
        if (more > 0) {
            Label rest = wrapped("and " + more + " more");
            rest.setId("ledger-alert-more");
            rest.getStyleClass().add(Styles.MUTED);
            box.getChildren().add(rest);
        }
        Hyperlink link = new Hyperlink("Open the Sign-offs view", new FontIcon(Feather.ARROW_RIGHT));
        link.setId("ledger-open-signoffs");
        link.setOnAction(e -> open.run());
        box.getChildren().add(link);
        return box;
    }

    /** As wide as the widest kind shown, so the pills line up as one column. */
    private static Label kind(String kind) {
        Label pill = PhaseCardView.pill(kind, Tone.BAD);
        pill.setMaxWidth(Double.MAX_VALUE);
        return pill;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
