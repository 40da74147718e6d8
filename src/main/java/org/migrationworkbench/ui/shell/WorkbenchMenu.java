package org.migrationworkbench.ui.shell;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar, with the keyboard shortcuts: Ctrl+O open, F5 reload, Ctrl+1..6 views, F11 presenter mode, Ctrl+Q
 * quit.
 */
final class WorkbenchMenu {
    private final MenuBar bar = new MenuBar();

    WorkbenchMenu(MainViewModel model, Runnable chooseFolder, Runnable showAbout, Runnable present, Runnable quit) {
        MenuItem open = new MenuItem("Open Workspace…");
        open.setId("menu-open");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> chooseFolder.run());
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-recent");
        fillRecent(recent, model);
        model.recentWorkspaces().addListener((ListChangeListener<Path>) c -> fillRecent(recent, model));
        MenuItem reload = new MenuItem("Reload");
        reload.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        reload.setOnAction(e -> model.reload());
        reload.disableProperty().bind(model.openedProperty().isNull());
        MenuItem exit = new MenuItem("Quit");
        exit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        exit.setOnAction(e -> quit.run());
        Menu file = new Menu("File", null, open, recent, reload, new SeparatorMenuItem(), exit);

        Menu view = new Menu("View");
        for (ViewId id : ViewId.values()) {
            MenuItem item = new MenuItem(id.title());
            item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(id.number())),
                    KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(e -> model.currentViewProperty().set(id));
            view.getItems().add(item);
        }
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setId("menu-dark");
        dark.selectedProperty().bindBidirectional(model.darkThemeProperty());
        MenuItem presenter = new MenuItem("Presenter Mode");
        presenter.setId("menu-presenter");
        presenter.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        presenter.setOnAction(e -> present.run());
        presenter.disableProperty().bind(model.openedProperty().isNull());
        view.getItems().addAll(new SeparatorMenuItem(), presenter, dark);

        MenuItem about = new MenuItem("About Migration Workbench");
        about.setOnAction(e -> showAbout.run());
        bar.getMenus().addAll(file, view, new Menu("Help", null, about));
    }

    MenuBar node() {
        return bar;
    }

    private static void fillRecent(Menu recent, MainViewModel model) {
        recent.getItems().clear();
        for (Path path : model.recentWorkspaces()) {
            MenuItem item = new MenuItem(path.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> model.open(path));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }
}
