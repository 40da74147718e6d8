package org.migrationworkbench.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.session.WorkspaceOpener;
import org.migrationworkbench.core.settings.Settings;
import org.migrationworkbench.core.settings.SettingsStore;
import org.migrationworkbench.ui.common.ErrorReporter;
import org.migrationworkbench.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the main window: the open workspace, the selected view, theme and recent workspaces; and the
 * actions that change them. All file work runs through the {@link TaskRunner}; properties change on the UI
 * thread only. A failed open or reload leaves the previous workspace open.
 */
public final class MainViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    /** Starts watching a workspace folder; the callback may come on any thread. */
    @FunctionalInterface
    public interface WatcherFactory {
        AutoCloseable watch(Path root, Runnable onChange) throws IOException;
    }

    private final TaskRunner runner;
    private final WorkspaceOpener opener;
    private final SettingsStore settingsStore;
    private final ErrorReporter errors;
    private final WatcherFactory watchers;
    private final Executor uiThread;

    private final ReadOnlyObjectWrapper<OpenedWorkspace> opened = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ViewId> currentView = new SimpleObjectProperty<>(ViewId.OVERVIEW);
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper reloadProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> opening = new ReadOnlyObjectWrapper<>();
    private Settings settings;
    private AutoCloseable watcher;

    public MainViewModel(TaskRunner runner, WorkspaceOpener opener, SettingsStore settingsStore, Settings settings,
                         ErrorReporter errors, WatcherFactory watchers, Executor uiThread) {
        this.runner = runner;
        this.opener = opener;
        this.settingsStore = settingsStore;
        this.errors = errors;
        this.watchers = watchers;
        this.uiThread = uiThread;
        this.settings = settings;
        darkTheme.set(settings.darkTheme());
        recent.setAll(settings.recentWorkspaces());
        darkTheme.addListener((obs, was, dark) -> saveSettings(this.settings.withDarkTheme(dark)));
    }

    public ReadOnlyObjectProperty<OpenedWorkspace> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public Optional<OpenedWorkspace> opened() {
        return Optional.ofNullable(opened.get());
    }

    public ObjectProperty<ViewId> currentViewProperty() {
        return currentView;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public ObservableList<Path> recentWorkspaces() {
        return FXCollections.unmodifiableObservableList(recent);
    }

    /** A message when the last automatic reload failed (the previous state stays shown); empty otherwise. */
    public ReadOnlyStringProperty reloadProblemProperty() {
        return reloadProblem.getReadOnlyProperty();
    }

    /** The folder being opened, or null when nothing is in progress. */
    public ReadOnlyObjectProperty<Path> openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /** Opens the folder that {@code locate} returns (run in the background, e.g. installing the sample). */
    public void openLocated(String title, Callable<Path> locate) {
        runner.task(title, progress -> locate.call())
                .onSuccess(this::open)
                .onError(e -> errors.report("Cannot open the workspace", e))
                .start();
    }

    public void open(Path folder) {
        Path normalized = folder.toAbsolutePath().normalize();
        if (opened().map(o -> o.workspace().root().equals(normalized)).orElse(false)) {
            reload();
            return;
        }
        opening.set(folder);
        runner.task("Opening " + folder.getFileName(), progress -> {
                    OpenedWorkspace result = opener.open(folder, progress);
                    AutoCloseable newWatcher = watch(result);
                    return new Opened(result, newWatcher);
                })
                .onSuccess(o -> {
                    opening.set(null);
                    replaceWatcher(o.watcher());
                    OpenedWorkspace previous = opened.get();
                    show(o.workspace());
                    closeInBackground(previous);
                    saveSettings(settings.withRecent(o.workspace().workspace().root()));
                })
                .onError(e -> {
                    opening.set(null);
                    errors.report("Cannot open workspace " + folder, e);
                })
                .start();
    }

    /** Reloads the open workspace from disk (F5); a failure is shown in a dialog. */
    public void reload() {
        opened().ifPresent(current -> reload(current, true));
    }

    private void reloadIfStillOpen(Path root) {
        opened().filter(o -> o.workspace().root().equals(root)).ifPresent(current -> reload(current, false));
    }

    private void reload(OpenedWorkspace current, boolean interactive) {
        Path root = current.workspace().root();
        runner.task("Reloading " + root.getFileName(), progress -> opener.reload(current, progress))
                .onSuccess(result -> {
                    if (opened.get() != null && opened.get().store() == result.store()) {
                        show(result);
                    }
                })
                .onError(e -> {
                    if (interactive) {
                        errors.report("Cannot reload workspace " + root, e);
                    } else {
                        LOG.info("Automatic reload of {} failed: {}", root, e.getMessage());
                        reloadProblem.set("workbench.yaml changed on disk but cannot be loaded; still showing the "
                                + "previous version.\n" + e.getMessage());
                    }
                })
                .start();
    }

    private void show(OpenedWorkspace workspace) {
        reloadProblem.set("");
        opened.set(workspace);
    }

    private AutoCloseable watch(OpenedWorkspace workspace) throws IOException {
        Path root = workspace.workspace().root();
        return watchers.watch(root, () -> uiThread.execute(() -> reloadIfStillOpen(root)));
    }

    private void replaceWatcher(AutoCloseable next) {
        closeWatcher();
        watcher = next;
    }

    private void closeWatcher() {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (Exception e) {
                LOG.debug("Closing watcher", e);
            }
        }
    }

    private void saveSettings(Settings next) {
        settings = next;
        recent.setAll(next.recentWorkspaces());
        runner.task("Saving settings", progress -> {
            settingsStore.save(next);
            return next;
        }).onError(e -> errors.report("Cannot save settings to " + settingsStore.file(), e)).start();
    }

    private void closeInBackground(OpenedWorkspace previous) {
        if (previous != null && previous.store() != opened.get().store()) {
            runner.task("Closing " + previous.workspace().name(), progress -> {
                previous.close();
                return null;
            }).onError(e -> LOG.warn("Closing {} failed", previous.workspace().root(), e)).start();
        }
    }

    /** Stops watching and closes the store; called when the window closes. Blocking. */
    public void dispose() {
        closeWatcher();
        opened().ifPresent(OpenedWorkspace::close);
    }

    private record Opened(OpenedWorkspace workspace, AutoCloseable watcher) {
    }
}
