package org.migrationworkbench.app;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.migrationworkbench.core.AppDirs;
import org.migrationworkbench.core.settings.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app on headless Monocle: started per test with fresh settings, closed after it with every window
 * it left open; CSS warnings logged meanwhile are collected in {@link #cssWarnings}.
 */
abstract class AppTest extends FxRobot {
    static final AppDirs DIRS = AppDirs.fromEnvironment();
    final List<String> cssWarnings = new CopyOnWriteArrayList<>();
    private final Handler cssHandler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                cssWarnings.add(record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Application app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void settings() throws Exception {
        Logger.getLogger("javafx.css").addHandler(cssHandler);
        Files.deleteIfExists(new SettingsStore(DIRS.config()).file());
    }

    @AfterEach
    void stop() throws Exception {
        Logger.getLogger("javafx.css").removeHandler(cssHandler);
        closeApp();
        FxToolkit.cleanupStages();
    }

    void start(String... args) throws Exception {
        app = FxToolkit.setupApplication(WorkbenchApp.class, args);
    }

    /** Stops the app as quitting does, and hides stages and popups (menus, dialogs) alike. */
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        interact(() -> new ArrayList<>(Window.getWindows()).forEach(Window::hide));
    }

    void waitFor(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The menu item at a path of menu texts in the window's menu bar, to fire (clicks on menus are flaky). */
    MenuItem menuItem(String... path) {
        MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
        List<MenuItem> items = List.copyOf(bar.getMenus());
        MenuItem found = null;
        for (String text : path) {
            found = items.stream().filter(i -> text.equals(i.getText())).findFirst()
                    .orElseThrow(() -> new AssertionError("no menu item " + text));
            items = found instanceof Menu menu ? menu.getItems() : List.of();
        }
        return found;
    }
}
