package org.migrationworkbench.ui.readiness;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.migrationworkbench.core.readiness.Analysis;
import org.migrationworkbench.ui.common.Styles;

/** Run all, run a phase, run the selected rule, cancel; the last run's time and the level badge. */
final class ReadinessToolbar {
    private final HBox root;
    private final Label badge = new Label();
    private final Label lastRun = new Label();

    ReadinessToolbar(ReadinessViewModel model) {
        Button runAll = button("run-all", "Run all", Feather.PLAY, model::runAll);
        runAll.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        ChoiceBox<String> phase = new ChoiceBox<>();
        phase.setId("run-phase-choice");
        phase.getItems().setAll(model.phaseChoices());
        phase.getSelectionModel().selectFirst();
        phase.setTooltip(new Tooltip("The phase whose rules Run phase checks"));
        Button runPhase = button("run-phase", "Run phase", Feather.FILTER,
                () -> model.runPhase(phase.getValue()));
        Button runRule = button("run-rule", "Run this rule", Feather.REFRESH_CW, model::runSelected);
        Button cancel = button("cancel-run", "Cancel", Feather.X, model::cancel);
        var running = model.runningProperty();
        runAll.disableProperty().bind(running);
        runPhase.disableProperty().bind(running);
        phase.disableProperty().bind(running);
        runRule.disableProperty().bind(running.or(model.details().selectedProperty().isNull()));
        cancel.disableProperty().bind(running.not());
        badge.setId("readiness-level");
        lastRun.setId("last-run");
        lastRun.getStyleClass().add(Styles.MUTED);
        model.analysisProperty().addListener((obs, was, now) -> show(now));
        show(model.analysisProperty().get());
        for (Node fixed : List.of(runAll, phase, runPhase, runRule, cancel, badge)) {
            ((Region) fixed).setMinWidth(Region.USE_PREF_SIZE);
        }
        phase.setPrefWidth(140);
        lastRun.setMinWidth(0);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        root = new HBox(runAll, phase, runPhase, runRule, cancel, grow, lastRun, badge);
        root.getStyleClass().add(Styles.CHECKLIST_TOOLBAR);
        root.setId("readiness-toolbar");
        phase.managedProperty().bind(Bindings.size(phase.getItems()).greaterThan(1));
    }

    Node node() {
        return root;
    }

    private void show(Analysis analysis) {
        badge.getStyleClass().removeIf(c -> c.startsWith(Styles.LEVEL_BADGE));
        badge.getStyleClass().add(Styles.LEVEL_BADGE);
        if (analysis == null) {
            badge.setText("NOT RUN");
            badge.getStyleClass().add(Styles.level("none"));
            lastRun.setText("no run yet");
            return;
        }
        badge.setText(ReadinessViewModel.levelText(analysis));
        badge.getStyleClass().add(Styles.level(StatusLook.level(analysis.readiness().level())));
        lastRun.setText(ReadinessViewModel.lastRunText(analysis));
        lastRun.setTooltip(new Tooltip(StatusLook.summary(analysis.readiness().total())));
    }

    private static Button button(String id, String text, Feather icon, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
