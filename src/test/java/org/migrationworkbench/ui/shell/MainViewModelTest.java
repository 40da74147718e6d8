package org.migrationworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.git.RepositoryInspector;
import org.migrationworkbench.core.session.WorkspaceOpener;
import org.migrationworkbench.core.settings.Settings;
import org.migrationworkbench.core.settings.SettingsStore;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.workspace.WorkspaceInvalidException;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import org.migrationworkbench.testing.TestWorkspaces;
import org.migrationworkbench.ui.task.SameThreadTaskRunner;

class MainViewModelTest {
    @TempDir
    Path temp;
    private final List<Throwable> reported = new ArrayList<>();
    private final List<Runnable> watcherCallbacks = new ArrayList<>();
    private MainViewModel model;

    private MainViewModel model(Settings settings) {
        WorkspaceOpener opener = new WorkspaceOpener(new WorkspaceLoader(), new RepositoryInspector(),
                root -> StoreConfig.forWorkspace(root, Map.of()), "tester");
        model = new MainViewModel(new SameThreadTaskRunner(), opener, new SettingsStore(temp.resolve("config")),
                settings, (title, error) -> reported.add(error), (root, onChange) -> {
                    watcherCallbacks.add(onChange);
                    return () -> { };
                }, Runnable::run);
        return model;
    }

    @AfterEach
    void close() {
        if (model != null) {
            model.dispose();
        }
    }

    @Test
    void openingAWorkspaceShowsItAndRemembersIt() {
        Path ws = TestWorkspaces.valid(temp.resolve("a"), "Alpha");
        model(Settings.DEFAULTS).open(ws);
        assertThat(model.opened()).hasValueSatisfying(o -> assertThat(o.workspace().name()).isEqualTo("Alpha"));
        assertThat(model.recentWorkspaces()).containsExactly(ws.toAbsolutePath());
        assertThat(new SettingsStore(temp.resolve("config")).load().recentWorkspaces()).containsExactly(ws);
        assertThat(reported).isEmpty();
    }

    @Test
    void aFailedOpenReportsTheProblemAndKeepsThePreviousWorkspace() {
        Path good = TestWorkspaces.valid(temp.resolve("good"), "Good");
        Path bad = TestWorkspaces.invalid(temp.resolve("bad"));
        model(Settings.DEFAULTS).open(good);
        model.open(bad);
        assertThat(reported).singleElement().isInstanceOf(WorkspaceInvalidException.class);
        assertThat(((WorkspaceInvalidException) reported.get(0)).errors().get(0).location()).endsWith(":8:18");
        assertThat(model.opened()).hasValueSatisfying(o -> assertThat(o.workspace().name()).isEqualTo("Good"));
        assertThat(model.recentWorkspaces()).containsExactly(good);
    }

    @Test
    void switchingWorkspacesReleasesThePreviousOne() {
        Path a = TestWorkspaces.valid(temp.resolve("a"), "Alpha");
        Path b = TestWorkspaces.valid(temp.resolve("b"), "Beta");
        model(Settings.DEFAULTS).open(a);
        model.open(b);
        model.open(a);
        assertThat(reported).isEmpty();
        assertThat(model.opened()).hasValueSatisfying(o -> assertThat(o.workspace().name()).isEqualTo("Alpha"));
    }

    @Test
    void openingTheOpenWorkspaceAgainReloadsIt() {
        Path a = TestWorkspaces.valid(temp.resolve("a"), "Alpha");
        model(Settings.DEFAULTS).open(a);
        TestWorkspaces.valid(a, "Alpha renamed");
        model.open(a);
        assertThat(reported).isEmpty();
        assertThat(model.opened()).hasValueSatisfying(o -> assertThat(o.workspace().name()).isEqualTo("Alpha renamed"));
    }

    @Test
    void aChangeOnDiskReloadsAndKeepsTheSelectedView() {
        Path a = TestWorkspaces.valid(temp.resolve("a"), "Alpha");
        model(Settings.DEFAULTS).open(a);
        model.currentViewProperty().set(ViewId.READINESS);
        TestWorkspaces.valid(a, "Alpha edited");
        watcherCallbacks.get(0).run();
        assertThat(model.opened()).hasValueSatisfying(o -> assertThat(o.workspace().name()).isEqualTo("Alpha edited"));
        assertThat(model.currentViewProperty().get()).isEqualTo(ViewId.READINESS);
        assertThat(model.reloadProblemProperty().get()).isEmpty();
    }

    @Test
    void aBrokenChangeOnDiskKeepsThePreviousStateAndSaysWhy() {
        Path a = TestWorkspaces.valid(temp.resolve("a"), "Alpha");
        model(Settings.DEFAULTS).open(a);
        TestWorkspaces.invalid(a);
        watcherCallbacks.get(0).run();
        assertThat(model.opened()).hasValueSatisfying(o -> assertThat(o.workspace().name()).isEqualTo("Alpha"));
        assertThat(model.reloadProblemProperty().get()).contains("workbench.yaml:8:18", "unknown phase 'p9'");
        assertThat(reported).isEmpty();
    }

    @Test
    void theThemeChoiceIsSaved() {
        model(Settings.DEFAULTS).darkThemeProperty().set(true);
        assertThat(new SettingsStore(temp.resolve("config")).load().darkTheme()).isTrue();
    }
}
