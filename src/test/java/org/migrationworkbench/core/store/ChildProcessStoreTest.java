package org.migrationworkbench.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Locking and durability, with the other party in a child JVM. */
class ChildProcessStoreTest {
    @TempDir
    Path workspace;
    @TempDir
    Path scratch;

    private StoreConfig config() {
        return StoreConfig.forWorkspace(workspace, Map.of());
    }

    @Test
    void recordedStateSurvivesKillMinus9() throws Exception {
        try (ChildStore child = ChildStore.start("write", workspace, scratch, "WRITTEN")) {
            child.kill();
        }

        try (WorkbenchStore store = WorkbenchStore.open(config())) {
            assertThat(new JdbcChecklistStateRepository(store.dataSource()).currentStates("cutover"))
                    .containsEntry(StoreHolderMain.STATE.itemId(), StoreHolderMain.STATE);
        }
    }

    @Test
    void workspaceOpenInAnotherProcessIsRefusedWithItsPid() throws Exception {
        try (ChildStore child = ChildStore.start("write", workspace, scratch, "WRITTEN")) {
            assertThatThrownBy(() -> WorkbenchStore.open(config()))
                    .isInstanceOf(WorkspaceLockedException.class)
                    .hasMessage("This workspace is open in another Migration Workbench window (pid " + child.pid()
                            + "). Close it there, or open a different workspace.")
                    .extracting(e -> ((WorkspaceLockedException) e).pid().getAsLong())
                    .isEqualTo(child.pid());
            child.finish();
        }

        // the refused attempt changed nothing: the holder's data is intact once it has closed
        try (WorkbenchStore store = WorkbenchStore.open(config())) {
            assertThat(new JdbcChecklistStateRepository(store.dataSource()).currentStates("cutover"))
                    .containsEntry(StoreHolderMain.STATE.itemId(), StoreHolderMain.STATE);
        }
    }

    @Test
    void databaseHeldByAnotherProgramWithoutTheLockIsReportedAsOpenElsewhere() throws Exception {
        WorkbenchStore.open(config()).close();

        try (ChildStore child = ChildStore.start("raw-h2", workspace, scratch, "OPEN")) {
            assertThatThrownBy(() -> WorkbenchStore.open(config()))
                    .isInstanceOf(WorkspaceLockedException.class)
                    .hasMessageStartingWith("This workspace is open in another program")
                    .hasMessageContaining(workspace.resolve(".workbench/workbench.mv.db").toAbsolutePath().toString());
            child.finish();
        }

        // the failed attempt released the workspace lock
        WorkbenchStore.open(config()).close();
    }
}
