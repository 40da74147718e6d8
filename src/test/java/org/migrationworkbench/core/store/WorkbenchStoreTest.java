package org.migrationworkbench.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.migrationworkbench.core.store.StoreTestSupport.count;
import static org.migrationworkbench.core.store.StoreTestSupport.state;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.WorkbenchException;

class WorkbenchStoreTest {
    /** Applied migrations; Flyway also keeps a marker row with rank -1. */
    static final String HISTORY = "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"installed_rank\" > 0";
    private static final String HISTORY_STAMP = "SELECT MAX(\"installed_on\") FROM \"flyway_schema_history\"";

    @TempDir
    Path workspace;

    private StoreConfig config() {
        return StoreConfig.forWorkspace(workspace, Map.of());
    }

    @Test
    void stateSurvivesCloseAndReopenWithoutRerunningMigrations() throws Exception {
        String installedOn;
        try (WorkbenchStore store = WorkbenchStore.open(config())) {
            new JdbcChecklistStateRepository(store.dataSource()).record(state("backup", "done", "2024-05-01T10:00:00Z"));
            assertThat(count(store.dataSource(), HISTORY)).isEqualTo(StoreTestSupport.SHIPPED_MIGRATIONS);
            installedOn = stamp(store);
        }

        try (WorkbenchStore store = WorkbenchStore.open(config())) {
            assertThat(new JdbcChecklistStateRepository(store.dataSource()).currentStates("cutover"))
                    .containsOnlyKeys("backup");
            assertThat(count(store.dataSource(), HISTORY)).isEqualTo(StoreTestSupport.SHIPPED_MIGRATIONS);
            assertThat(stamp(store)).isEqualTo(installedOn);
        }
    }

    private static String stamp(WorkbenchStore store) throws Exception {
        try (var connection = store.dataSource().getConnection();
             var rows = connection.createStatement().executeQuery(HISTORY_STAMP)) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Test
    void newDatabaseIsCreatedWithoutBackup() {
        try (WorkbenchStore store = WorkbenchStore.open(config())) {
            store.checkpointSync();
        }

        assertThat(workspace.resolve(".workbench/workbench.mv.db")).isRegularFile();
        assertThat(workspace.resolve(".workbench/backups")).doesNotExist();
    }

    @Test
    void lockFileNamesThisProcessWhileOpen() throws Exception {
        try (WorkbenchStore store = WorkbenchStore.open(config())) {
            assertThat(store.config().lockFile()).contains(workspace.resolve(".workbench/workbench.lock"));
            assertThat(Files.readString(store.config().lockFile().orElseThrow()))
                    .contains("pid=" + ProcessHandle.current().pid())
                    .contains("host=")
                    .contains("started=");
        }
    }

    @Test
    void secondOpenInThisJvmIsRefusedAndFirstStoreKeepsWorking() {
        try (WorkbenchStore first = WorkbenchStore.open(config())) {
            assertThatThrownBy(() -> WorkbenchStore.open(config()))
                    .isInstanceOf(WorkspaceLockedException.class)
                    .hasMessage("This workspace is already open in this window.");

            JdbcChecklistStateRepository states = new JdbcChecklistStateRepository(first.dataSource());
            states.record(state("freeze", "blocked", "2024-05-01T10:00:00Z"));
            assertThat(states.currentStates("cutover")).containsOnlyKeys("freeze");
        }

        try (WorkbenchStore again = WorkbenchStore.open(config())) {
            assertThat(new JdbcChecklistStateRepository(again.dataSource()).currentStates("cutover"))
                    .containsOnlyKeys("freeze");
        }
    }

    @Test
    void closingTwiceIsHarmless() {
        WorkbenchStore store = WorkbenchStore.open(config());
        store.close();
        store.close();
    }

    @Test
    void nonH2UrlIsRefusedClearly() {
        StoreConfig config = new StoreConfig("jdbc:postgresql://db/x", "u", "p", Optional.empty(),
                List.of(StoreConfig.DEFAULT_MIGRATIONS));

        assertThatThrownBy(() -> WorkbenchStore.open(config))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("not supported")
                .hasMessageContaining("WORKBENCH_JDBC_URL");
    }

    @Test
    void inMemoryUrlWorksWithoutWorkspaceFolder() throws Exception {
        StoreConfig config = StoreConfig.forWorkspace(workspace, Map.of("WORKBENCH_JDBC_URL", "jdbc:h2:mem:wbtest"));

        try (WorkbenchStore store = WorkbenchStore.open(config)) {
            assertThat(count(store.dataSource(), HISTORY)).isEqualTo(StoreTestSupport.SHIPPED_MIGRATIONS);
        }
        assertThat(workspace.resolve(".workbench")).doesNotExist();
    }
}
