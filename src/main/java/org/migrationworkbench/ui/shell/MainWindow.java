package org.migrationworkbench.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import org.kordamp.ikonli.feather.Feather;
import javafx.scene.layout.Region;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.migrationworkbench.ui.common.Styles;
import org.migrationworkbench.ui.task.TaskStatusBar;

/**
 * The main window: menu, navigation sidebar, the selected view, and the status bar. Accepts a workspace
 * folder dropped onto it.
 */
public final class MainWindow {
    private final MainViewModel model;
    private final Map<ViewId, java.util.function.Supplier<Node>> factories;
    private final Map<ViewId, Node> views = new java.util.EnumMap<>(ViewId.class);
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ReloadBanner banner;

    /**
     * {@code views} builds each view; a view is built the first time it is shown and kept. {@code present} opens
     * presenter mode (View › Presenter Mode, F11).
     */
    public MainWindow(Stage stage, MainViewModel model, Map<ViewId, java.util.function.Supplier<Node>> views,
                      TaskStatusBar statusBar, Runnable showAbout, Runnable present) {
        this.stage = stage;
        this.model = model;
        this.factories = views;
        this.banner = new ReloadBanner(model.reloadProblemProperty());
        root.setTop(new WorkbenchMenu(model, this::chooseFolder, showAbout, present, stage::close).node());
        root.setLeft(sidebar(present));
        VBox center = new VBox(banner.node(), content);
        VBox.setVgrow(content, Priority.ALWAYS);
        root.setCenter(center);
        statusBar.node().textProperty().bind(model.openedProperty().map(o -> o.workspace().root().toString())
                .orElse(""));
        root.setBottom(statusBar.node());
        model.currentViewProperty().addListener((obs, was, now) -> showView());
        model.openedProperty().addListener((obs, was, now) -> showView());
        model.openingProperty().addListener((obs, was, now) -> showView());
        stage.titleProperty().bind(model.openedProperty().map(o -> o.workspace().name() + " — Migration Workbench")
                .orElse("Migration Workbench"));
        showView();
    }

    /** A scene holding the window, with drag-and-drop of folders. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().addAll(Styles.stylesheets());
        scene.setOnDragOver(this::dragOver);
        scene.setOnDragExited(e -> root.getStyleClass().remove(Styles.DROP_TARGET));
        scene.setOnDragDropped(this::dropped);
        return scene;
    }

    private Node sidebar(Runnable present) {
        VBox bar = new VBox();
        bar.getStyleClass().add(Styles.SIDEBAR);
        Label name = new Label();
        name.getStyleClass().add("wb-workspace-name");
        name.textProperty().bind(model.openedProperty().map(o -> o.workspace().name()).orElse("No workspace"));
        bar.getChildren().add(name);
        ToggleGroup group = new ToggleGroup();
        for (ViewId id : ViewId.values()) {
            ToggleButton button = new ToggleButton(id.title(), new FontIcon(id.icon()));
            button.setId("nav-" + id.name().toLowerCase(java.util.Locale.ROOT));
            button.getStyleClass().addAll(Styles.NAV_BUTTON, atlantafx.base.theme.Styles.FLAT);
            button.setTooltip(new Tooltip(id.title() + " (Ctrl+" + id.number() + ")"));
            button.setAccessibleText(id.title());
            button.setToggleGroup(group);
            button.setUserData(id);
            button.setSelected(model.currentViewProperty().get() == id);
            bar.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                group.selectToggle(was); // a view is always selected
            } else {
                model.currentViewProperty().set((ViewId) now.getUserData());
            }
        });
        model.currentViewProperty().addListener((obs, was, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(group::selectToggle));
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        Button presentButton = new Button("Present", new FontIcon(Feather.MONITOR));
        presentButton.setId("present-button");
        presentButton.getStyleClass().addAll(Styles.NAV_BUTTON, atlantafx.base.theme.Styles.FLAT);
        presentButton.setTooltip(new Tooltip("Presenter mode: full-screen status slides (F11)"));
        presentButton.disableProperty().bind(model.openedProperty().isNull());
        presentButton.setOnAction(e -> present.run());
        bar.getChildren().addAll(grow, presentButton);
        return bar;
    }

    private void showView() {
        if (model.opened().isPresent()) {
            ViewId id = model.currentViewProperty().get();
            content.getChildren().setAll(views.computeIfAbsent(id, v -> factories.get(v).get()));
            return;
        }
        Path opening = model.openingProperty().get();
        if (opening != null) {
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setMaxSize(48, 48);
            Label text = new Label("Opening " + opening + " …");
            text.getStyleClass().add(Styles.EMPTY_STATE);
            VBox box = new VBox(14, spinner, text);
            box.setAlignment(Pos.CENTER);
            content.getChildren().setAll(box);
        } else {
            Label empty = new Label("No workspace is open.\nFile › Open Workspace… (Ctrl+O), or drop a workspace "
                    + "folder onto this window.");
            empty.getStyleClass().add(Styles.EMPTY_STATE);
            empty.setId("empty-state");
            content.getChildren().setAll(empty);
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open Migration Workspace");
        model.opened().map(o -> o.workspace().root().getParent()).map(Path::toFile).filter(File::isDirectory)
                .ifPresent(chooser::setInitialDirectory);
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            model.open(folder.toPath());
        }
    }

    private void dragOver(DragEvent event) {
        List<File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
        if (files.size() == 1 && files.get(0).isDirectory()) {
            event.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
            if (!root.getStyleClass().contains(Styles.DROP_TARGET)) {
                root.getStyleClass().add(Styles.DROP_TARGET);
            }
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        List<File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
        boolean accepted = files.size() == 1 && files.get(0).isDirectory();
        if (accepted) {
            model.open(files.get(0).toPath());
        }
        root.getStyleClass().remove(Styles.DROP_TARGET);
        event.setDropCompleted(accepted);
        event.consume();
    }
}
