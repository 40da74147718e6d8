package org.migrationworkbench.ui.task;

import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.migrationworkbench.ui.common.Styles;

/** The window's status bar: a text on the left, each running task with progress and a cancel button on the right. */
public final class TaskStatusBar {
    private final StatusBar bar = new StatusBar();
    private final HBox tasks = new HBox(12);

    public TaskStatusBar(FxTaskRunner runner) {
        bar.getStyleClass().add(Styles.STATUS_BAR);
        bar.setId("status-bar");
        bar.setText("");
        tasks.setId("running-tasks");
        bar.getRightItems().add(tasks);
        runner.running().addListener((ListChangeListener<Task<?>>) change -> render(runner));
    }

    public StatusBar node() {
        return bar;
    }

    private void render(FxTaskRunner runner) {
        tasks.getChildren().clear();
        for (Task<?> task : runner.running()) {
            tasks.getChildren().add(indicator(task, runner));
        }
    }

    private static Node indicator(Task<?> task, FxTaskRunner runner) {
        Label title = new Label();
        title.textProperty().bind(task.messageProperty().map(m -> m == null || m.isBlank() ? task.getTitle() : m)
                .orElse(task.getTitle()));
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(task.progressProperty());
        progress.setPrefWidth(110);
        Button cancel = new Button(null, new FontIcon(Feather.X));
        cancel.getStyleClass().addAll(atlantafx.base.theme.Styles.BUTTON_ICON, atlantafx.base.theme.Styles.FLAT);
        cancel.setAccessibleText("Cancel " + task.getTitle());
        cancel.setTooltip(new Tooltip("Cancel " + task.getTitle()));
        cancel.setOnAction(e -> runner.cancel(task));
        HBox box = new HBox(6, title, progress, cancel);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }
}
