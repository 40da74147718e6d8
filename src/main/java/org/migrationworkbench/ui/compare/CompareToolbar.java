package org.migrationworkbench.ui.compare;

import java.io.File;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.migrationworkbench.ui.common.Styles;

/** Run selected, run all, cancel; compare two chosen files or folders. */
final class CompareToolbar {
    private final HBox root;
    private final CompareViewModel model;

    CompareToolbar(CompareViewModel model, java.util.function.Supplier<Window> window) {
        this.model = model;
        Button runSelected = button("run-comparison", "Run selected", Feather.PLAY, model::runSelected);
        Button runAll = button("run-all-comparisons", "Run all", Feather.FAST_FORWARD, model::runAll);
        runAll.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        Button cancel = button("cancel-comparison", "Cancel", Feather.X, model::cancel);
        Button files = button("compare-files", "Compare files…", Feather.FILE_TEXT, () -> chooseFiles(window.get()));
        Button folders = button("compare-folders", "Compare folders…", Feather.FOLDER,
                () -> chooseFolders(window.get()));
        var running = model.runningProperty();
        runSelected.disableProperty().bind(running.or(model.selectedProperty().isNull()));
        runAll.disableProperty().bind(running.or(javafx.beans.binding.Bindings.isEmpty(model.rows())));
        cancel.disableProperty().bind(running.not());
        files.disableProperty().bind(running);
        folders.disableProperty().bind(running);
        root = new HBox(runAll, runSelected, cancel, new Separator(javafx.geometry.Orientation.VERTICAL), files,
                folders);
        root.getStyleClass().add(Styles.CHECKLIST_TOOLBAR);
        root.setId("compare-toolbar");
    }

    Node node() {
        return root;
    }

    private void chooseFiles(Window window) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Old file (what the old system wrote)");
        File old = chooser.showOpenDialog(window);
        if (old == null) {
            return;
        }
        chooser.setTitle("New file (what the new system wrote)");
        chooser.setInitialDirectory(old.getParentFile());
        File next = chooser.showOpenDialog(window);
        if (next != null) {
            model.compareFiles(old.toPath(), next.toPath());
        }
    }

    private void chooseFolders(Window window) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Old folder");
        File old = chooser.showDialog(window);
        if (old == null) {
            return;
        }
        chooser.setTitle("New folder");
        chooser.setInitialDirectory(old.getParentFile());
        File next = chooser.showDialog(window);
        if (next != null) {
            model.compareFiles(old.toPath(), next.toPath());
        }
    }

    private static Button button(String id, String text, Feather icon, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setTooltip(new Tooltip(text));
        button.setOnAction(e -> action.run());
        return button;
    }
}
