package org.migrationworkbench.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.migrationworkbench.core.AppDirs;
import org.migrationworkbench.core.guide.GuideImporter;
import org.migrationworkbench.core.git.RepositoryInspector;
import org.migrationworkbench.core.sample.SampleInstaller;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.session.WorkspaceOpener;
import org.migrationworkbench.core.settings.Settings;
import org.migrationworkbench.core.settings.SettingsStore;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import org.migrationworkbench.core.workspace.WorkspaceWatcher;
import org.migrationworkbench.ui.checklist.ChecklistContext;
import org.migrationworkbench.ui.checklist.ChecklistSession;
import org.migrationworkbench.ui.common.ErrorDialogs;
import org.migrationworkbench.core.compare.Comparisons;
import org.migrationworkbench.core.compare.StandardComparators;
import org.migrationworkbench.core.compare.ComparisonService;
import org.migrationworkbench.core.compare.text.Intraline;
import org.migrationworkbench.core.compare.text.TextComparator;
import org.migrationworkbench.core.store.JdbcAuditLog;
import org.migrationworkbench.core.store.JdbcCompareRepository;
import org.migrationworkbench.ui.compare.CompareContext;
import org.migrationworkbench.ui.compare.StoredComparisonRunner;
import org.migrationworkbench.ui.overview.DashboardViewModel;
import org.migrationworkbench.ui.present.PresenterMode;
import org.migrationworkbench.ui.present.WorkspaceStatus;
import org.migrationworkbench.core.readiness.Checkers;
import org.migrationworkbench.core.readiness.ReadinessEngine;
import org.migrationworkbench.core.readiness.files.GitFileTree;
import org.migrationworkbench.core.settings.WorkspaceTrust;
import org.migrationworkbench.ui.readiness.ReadinessContext;
import org.migrationworkbench.ui.readiness.ReadinessSession;
import org.migrationworkbench.ui.shell.MainViewModel;
import org.migrationworkbench.ui.shell.MainWindow;
import org.migrationworkbench.core.signoff.SignerIdentity;
import org.migrationworkbench.ui.signoff.SignoffContext;
import org.migrationworkbench.ui.signoff.WorkspaceEvidence;
import org.migrationworkbench.ui.task.FxTaskRunner;
import org.migrationworkbench.ui.task.TaskStatusBar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app: wires services, view models and views, and opens the workspace given with
 * {@code --workspace=DIR}, or else the bundled sample (copied out on first use).
 */
public final class WorkbenchApp extends Application {
    /** With this system property set to true the app quits as soon as the first workspace is shown. */
    public static final String EXIT_WHEN_READY = "workbench.exitWhenReady";
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApp.class);
    /** How long one readiness rule may run in the app before it is an error. */
    private static final java.time.Duration RULE_TIMEOUT = java.time.Duration.ofMinutes(10);

    private AppDirs dirs;
    private SettingsStore settingsStore;
    private Settings settings;
    private FxTaskRunner runner;
    private ExecutorService checklistWrites;
    private MainViewModel model;

    @Override
    public void init() {
        // runs on the launcher thread, not the FX thread: the place for startup file reads
        dirs = AppDirs.fromEnvironment();
        settingsStore = new SettingsStore(dirs.config());
        settings = settingsStore.load();
    }

    @Override
    public void start(Stage stage) {
        applyTheme(settings.darkTheme());
        runner = new FxTaskRunner();
        ErrorDialogs errors = new ErrorDialogs(dirs.logFile(), () -> stage);
        String actor = System.getProperty("user.name", "unknown");
        WorkspaceOpener opener = new WorkspaceOpener(new WorkspaceLoader(), new RepositoryInspector(),
                StoreConfig::forWorkspace, actor);
        model = new MainViewModel(runner, opener, settingsStore, settings, errors, WorkspaceWatcher::new,
                Platform::runLater);
        model.darkThemeProperty().addListener((obs, was, dark) -> applyTheme(dark));
        // one thread for every checklist write, so quick toggles, undo and redo are stored in the order made
        checklistWrites = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "workbench-checklist-writes");
            thread.setDaemon(true);
            return thread;
        });
        ChecklistSession checklists = new ChecklistSession(model.openedProperty(), new ChecklistContext(new GuideImporter()::read,
                runner, checklistWrites, Platform::runLater, errors, actor, Clock.systemUTC()));
        ReadinessEngine engine = new ReadinessEngine(Checkers.all(), Runtime.getRuntime().availableProcessors(),
                RULE_TIMEOUT);
        ReadinessSession readiness = new ReadinessSession(model.openedProperty(), new ReadinessContext(engine,
                GitFileTree::new, new WorkspaceTrust(dirs.config()), runner, Platform::runLater, errors, actor,
                Clock.systemDefaultZone()));

        Comparisons comparisons = StandardComparators.create(Clock.systemDefaultZone());
        CompareContext compare = new CompareContext(comparisons, opened -> new StoredComparisonRunner(
                new ComparisonService(comparisons, new JdbcCompareRepository(opened.store().dataSource()),
                        new JdbcAuditLog(opened.store().dataSource()), Clock.systemUTC()), opened.workspace()),
                TextComparator::diff, Intraline::of, runner, errors, actor, Clock.systemDefaultZone());

        SignoffContext signoffs = new SignoffContext(runner, errors, new WorkspaceEvidence(engine, comparisons),
                SignerIdentity::of, Clock.systemUTC());

        WorkspaceStatus status = new WorkspaceStatus(engine, comparisons, Clock.systemDefaultZone());
        Function<OpenedWorkspace, DashboardViewModel> dashboards = opened -> new DashboardViewModel(opened, runner,
                errors, status);
        MainWindow window = new MainWindow(stage, model, WorkbenchViews.of(model, checklists, readiness, compare,
                signoffs, status, dashboards),
                new TaskStatusBar(runner),
                new AboutDialog(stage, dirs, settingsStore.file())::show,
                new PresenterMode(stage, model.openedProperty(), runner, errors, status)::show);
        stage.setScene(window.createScene(1280, 800));
        stage.getIcons().add(new Image(WorkbenchApp.class.getResourceAsStream("/org/migrationworkbench/icon.png")));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        reportReadiness();
        stage.show();

        Optional<Path> workspace = Optional.ofNullable(getParameters().getNamed().get("workspace")).map(Path::of);
        if (workspace.isPresent()) {
            model.open(workspace.get());
        } else {
            model.openLocated("Preparing the sample workspace", () -> new SampleInstaller().ensureInstalled(dirs));
        }
    }

    /** Logs when the first workspace is on screen (the startup figure); quits then when asked to. */
    private void reportReadiness() {
        model.openedProperty().addListener(new javafx.beans.value.ChangeListener<OpenedWorkspace>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends OpenedWorkspace> obs,
                                OpenedWorkspace was, OpenedWorkspace now) {
                model.openedProperty().removeListener(this);
                Platform.runLater(() -> {
                    long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
                    LOG.info("Main window shows the workspace {} ms after JVM start", uptime);
                    if (Boolean.getBoolean(EXIT_WHEN_READY)) {
                        Platform.exit();
                    }
                });
            }
        });
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    @Override
    public void stop() throws InterruptedException {
        if (checklistWrites != null) {
            // checklist changes still queued are stored before the store closes
            checklistWrites.shutdown();
            if (!checklistWrites.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Checklist changes were still being saved when the app stopped");
            }
        }
        if (model != null) {
            model.dispose();
        }
        if (runner != null) {
            runner.close();
        }
    }
}
