package org.migrationworkbench.ui.present;

import java.util.Set;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.util.Duration;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.migrationworkbench.core.report.StatusReport;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.ui.common.ErrorReporter;
import org.migrationworkbench.ui.common.Styles;
import org.migrationworkbench.ui.task.TaskRunner;

/**
 * Presenter mode: a full-screen stage of status slides in large, high-contrast type. Right, Down, PageDown and
 * Space go forward (what a clicker sends), Left, Up and PageUp back; Esc leaves. The status is gathered again
 * when the workspace is reloaded, on every slide change and every {@value #REFRESH_SECONDS} seconds, so it stays
 * live.
 */
public final class PresenterMode {
    private static final Set<KeyCode> FORWARD = Set.of(KeyCode.RIGHT, KeyCode.DOWN, KeyCode.PAGE_DOWN,
            KeyCode.SPACE);
    private static final Set<KeyCode> BACK = Set.of(KeyCode.LEFT, KeyCode.UP, KeyCode.PAGE_UP);

    /** How often the slides are read again while shown, so changes made meanwhile appear. */
    static final double REFRESH_SECONDS = 10;

    private final Window owner;
    private final ObservableValue<OpenedWorkspace> opened;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Function<OpenedWorkspace, StatusReport> gather;
    private Stage stage;

    /** {@code gather} reads a workspace's status; it is called on a worker thread. */
    public PresenterMode(Window owner, ObservableValue<OpenedWorkspace> opened, TaskRunner runner,
                         ErrorReporter errors, Function<OpenedWorkspace, StatusReport> gather) {
        this.owner = owner;
        this.opened = opened;
        this.runner = runner;
        this.errors = errors;
        this.gather = gather;
    }

    /** Opens presenter mode on the first slide; brings it to the front when open; does nothing with no workspace. */
    public void show() {
        if (stage != null) {
            stage.toFront();
            return;
        }
        if (opened.getValue() == null) {
            return;
        }
        PresenterViewModel model = new PresenterViewModel(runner, errors, gather);
        stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Presenter — Migration Workbench");
        stage.setScene(scene(model));
        ChangeListener<OpenedWorkspace> follow = (obs, was, now) -> {
            if (now == null) {
                stage.close();
            } else {
                model.refresh(now);
            }
        };
        opened.addListener(follow);
        Timeline live = new Timeline(new KeyFrame(Duration.seconds(REFRESH_SECONDS), e -> {
            if (opened.getValue() != null) {
                model.poll(opened.getValue());
            }
        }));
        live.setCycleCount(Animation.INDEFINITE);
        live.play();
        stage.setOnHidden(e -> {
            live.stop();
            opened.removeListener(follow);
            stage = null;
        });
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(true);
        stage.show();
        model.refresh(opened.getValue());
    }

    /** Whether presenter mode is open. */
    public boolean showing() {
        return stage != null;
    }

    private Scene scene(PresenterViewModel model) {
        StackPane content = new StackPane();
        content.setAlignment(Pos.TOP_LEFT);
        Runnable render = () -> content.getChildren().setAll(SlideView.of(model.current()));
        model.slidesProperty().addListener((obs, was, now) -> render.run());
        model.indexProperty().addListener((obs, was, now) -> render.run());
        render.run();
        Label hint = new Label("→ / Space next  ·  ← back  ·  Esc leaves");
        hint.getStyleClass().add(Styles.PRESENTER_HINT);
        Label counter = new Label();
        counter.setId("presenter-counter");
        counter.getStyleClass().add(Styles.PRESENTER_COUNTER);
        counter.textProperty().bind(model.counter());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox footer = new HBox(hint, grow, counter);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add(Styles.PRESENTER_FOOTER);
        BorderPane root = new BorderPane(content, null, null, footer, null);
        root.setId("presenter");
        root.getStyleClass().add(Styles.PRESENTER);
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().addAll(Styles.stylesheets());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> key(e, model));
        return scene;
    }

    private void key(KeyEvent event, PresenterViewModel model) {
        if (event.getCode() == KeyCode.ESCAPE) {
            stage.close();
        } else if (FORWARD.contains(event.getCode())) {
            moved(model.next(), model);
        } else if (BACK.contains(event.getCode())) {
            moved(model.previous(), model);
        } else {
            return;
        }
        event.consume();
    }

    private void moved(boolean moved, PresenterViewModel model) {
        if (moved && opened.getValue() != null) {
            model.refresh(opened.getValue());
        }
    }
}
