package org.migrationworkbench.ui.readiness;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.migrationworkbench.core.readiness.Analysis;
import org.migrationworkbench.ui.common.Styles;

/** For the Overview: the last readiness run's level as a badge, with its counts and time. */
public final class ReadinessSummaryLine {
    private final Label badge = new Label();
    private final Label text = new Label();
    private final HBox root = new HBox(10, badge, text);
    private final ChangeListener<Analysis> changed = (obs, was, now) -> show(now);
    private ReadinessViewModel shown;

    public ReadinessSummaryLine(ReadOnlyObjectProperty<ReadinessViewModel> model) {
        root.setId("readiness-summary");
        root.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        badge.setId("overview-readiness-level");
        badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.getStyleClass().add(Styles.MUTED);
        model.addListener((obs, was, now) -> follow(now));
        follow(model.get());
    }

    public Node node() {
        return root;
    }

    private void follow(ReadinessViewModel model) {
        if (shown != null) {
            shown.analysisProperty().removeListener(changed);
        }
        shown = model;
        if (model != null) {
            model.analysisProperty().addListener(changed);
        }
        show(model == null ? null : model.analysisProperty().get());
    }

    private void show(Analysis analysis) {
        badge.getStyleClass().setAll("label", Styles.LEVEL_BADGE);
        if (analysis == null) {
            badge.setText("NOT RUN");
            badge.getStyleClass().add(Styles.level("none"));
            text.setText("No readiness run yet — run the rules in Readiness (Ctrl+3)");
            return;
        }
        badge.setText(ReadinessViewModel.levelText(analysis));
        badge.getStyleClass().add(Styles.level(StatusLook.level(analysis.readiness().level())));
        text.setText(StatusLook.summary(analysis.readiness().total()) + " · "
                + ReadinessViewModel.lastRunText(analysis).replaceFirst(", [A-Z ]+", ""));
    }
}
