package org.migrationworkbench.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.git.RepositoryInspector;
import org.migrationworkbench.core.store.JdbcAuditLog;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkspaceLockedException;
import org.migrationworkbench.core.workspace.WorkspaceInvalidException;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import org.migrationworkbench.testing.TestWorkspaces;

class WorkspaceOpenerTest {
    private final WorkspaceOpener opener = new WorkspaceOpener(new WorkspaceLoader(), new RepositoryInspector(),
            root -> StoreConfig.forWorkspace(root, Map.of()), "tester");

    @Test
    void openingLoadsTheWorkspaceOpensItsStoreAndRecordsTheOpening(@TempDir Path dir) {
        TestWorkspaces.valid(dir, "Opened");
        try (OpenedWorkspace opened = opener.open(dir, Progress.NONE)) {
            assertThat(opened.workspace().name()).isEqualTo("Opened");
            assertThat(dir.resolve(".workbench/workbench.mv.db")).exists();
            assertThat(new JdbcAuditLog(opened.store().dataSource()).recent(5))
                    .anySatisfy(entry -> {
                        assertThat(entry.action()).isEqualTo("workspace.opened");
                        assertThat(entry.actor()).isEqualTo("tester");
                    });
            assertThat(opened.repository().available()).isFalse();
        }
    }

    @Test
    void anInvalidWorkspaceGetsNoStore(@TempDir Path dir) {
        TestWorkspaces.invalid(dir);
        assertThatThrownBy(() -> opener.open(dir, Progress.NONE)).isInstanceOf(WorkspaceInvalidException.class);
        assertThat(Files.exists(dir.resolve(".workbench"))).isFalse();
    }

    @Test
    void aWorkspaceOpenHereCannotBeOpenedTwiceAndStaysUsable(@TempDir Path dir) {
        TestWorkspaces.valid(dir, "Once");
        try (OpenedWorkspace first = opener.open(dir, Progress.NONE)) {
            assertThatThrownBy(() -> opener.open(dir, Progress.NONE))
                    .isInstanceOf(WorkspaceLockedException.class)
                    .hasMessageContaining("already open in this window");
            new JdbcAuditLog(first.store().dataSource()).append("tester", "still.works", "x", "y");
        }
    }

    @Test
    void reloadReadsTheFilesAgainAndKeepsTheStore(@TempDir Path dir) {
        TestWorkspaces.valid(dir, "Before");
        try (OpenedWorkspace first = opener.open(dir, Progress.NONE)) {
            TestWorkspaces.valid(dir, "After");
            OpenedWorkspace reloaded = opener.reload(first, Progress.NONE);
            assertThat(reloaded.workspace().name()).isEqualTo("After");
            assertThat(reloaded.store()).isSameAs(first.store());
        }
    }
}
