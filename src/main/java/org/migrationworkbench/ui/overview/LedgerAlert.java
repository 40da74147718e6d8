package org.migrationworkbench.ui.overview;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.migrationworkbench.core.report.dashboard.LedgerCheck;
import org.migrationworkbench.core.report.dashboard.Tone;
import org.migrationworkbench.ui.common.Styles;

/**
 * The dashboard's danger box for a sign-off ledger that does not verify: what that means, the first problems (kind
 * and record) and a link to the Sign-offs view, which lists them all.
 */
final class LedgerAlert {
    /** Problems listed before "and N more": a rewritten ledger can have one per record. */
    static final int PROBLEMS_SHOWN = 5;
    /** Wide enough for every kind's pill, so the messages line up. */
    private static final double KIND_WIDTH = 92;

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
        VBox problems = new VBox(6);
        problems.setId("ledger-alert-problems");
        ledger.problems().stream().limit(PROBLEMS_SHOWN).forEach(p -> problems.getChildren().add(problem(p)));
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

    private static Node problem(LedgerCheck.Problem problem) {
        Label kind = PhaseCardView.pill(problem.kind(), Tone.BAD);
        kind.setMinWidth(KIND_WIDTH);
        Label text = wrapped("record " + problem.seq() + " — " + problem.message());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(12, kind, text);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
