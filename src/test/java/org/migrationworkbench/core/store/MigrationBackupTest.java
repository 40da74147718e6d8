package org.migrationworkbench.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.migrationworkbench.core.store.StoreTestSupport.count;
import static org.migrationworkbench.core.store.StoreTestSupport.state;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.WorkbenchException;

class MigrationBackupTest {
    private static final String V2 = "classpath:db/test-migration-v2";

    @TempDir
    Path workspace;

    private StoreConfig atV1() {
        return StoreConfig.forWorkspace(workspace, Map.of());
    }

    private StoreConfig atV2() {
        return atV1().withMigrationLocations(StoreConfig.DEFAULT_MIGRATIONS, V2);
    }

    private Path backups() {
        return workspace.resolve(".workbench/backups");
    }

    @Test
    void existingDatabaseIsBackedUpBeforeItsSchemaChanges() throws Exception {
        try (WorkbenchStore store = WorkbenchStore.open(atV1())) {
            new JdbcChecklistStateRepository(store.dataSource()).record(state("backup", "done", "2024-05-01T10:00:00Z"));
        }
        assertThat(backups()).doesNotExist();

        try (WorkbenchStore store = WorkbenchStore.open(atV2())) {
            assertThat(count(store.dataSource(), WorkbenchStoreTest.HISTORY))
                    .isEqualTo(StoreTestSupport.SHIPPED_MIGRATIONS + 1);
            assertThat(new JdbcChecklistStateRepository(store.dataSource()).currentStates("cutover"))
                    .containsOnlyKeys("backup");
        }

        List<Path> zips = zips();
        assertThat(zips).hasSize(1);
        assertThat(zips.get(0).getFileName().toString()).matches("workbench-\\d{8}-\\d{6}-before-v900\\.zip");
        try (ZipFile zip = new ZipFile(zips.get(0).toFile())) {
            assertThat(zip.stream().map(e -> e.getName())).contains("workbench.mv.db");
        }
        // a copy outside the workspace survives deleting its .workbench folder
        Path copy = Backups.userDir(atV1()).orElseThrow().resolve(zips.get(0).getFileName());
        assertThat(copy).hasSameBinaryContentAs(zips.get(0));
    }

    @Test
    void upToDateDatabaseIsNotBackedUpAgain() throws Exception {
        WorkbenchStore.open(atV1()).close();
        WorkbenchStore.open(atV2()).close();
        WorkbenchStore.open(atV2()).close();

        assertThat(zips()).hasSize(1);
    }

    @Test
    void failedMigrationIsReportedWithItsBackupAndReleasesTheWorkspace() throws Exception {
        WorkbenchStore.open(atV1()).close();
        StoreConfig broken = atV1().withMigrationLocations(StoreConfig.DEFAULT_MIGRATIONS,
                "classpath:db/test-migration-broken");

        assertThatThrownBy(() -> WorkbenchStore.open(broken))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageStartingWith("Could not bring the workspace database")
                .hasMessageContaining("A backup taken just before is at " + backups());
        assertThat(zips()).hasSize(1);

        WorkbenchStore.open(atV1()).close();
    }

    @Test
    void tablesWithoutMigrationHistoryAreBackedUpAndNotTakenOver() throws Exception {
        Files.createDirectories(workspace.resolve(".workbench"));
        try (Connection connection = DriverManager.getConnection(atV1().jdbcUrl(), "sa", "")) {
            connection.createStatement().execute("CREATE TABLE notes (id INT PRIMARY KEY)");
        }

        assertThatThrownBy(() -> WorkbenchStore.open(atV1()))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageStartingWith("Could not bring the workspace database");
        assertThat(zips()).singleElement().asString().endsWith("-before-v1.zip");
    }

    private List<Path> zips() throws Exception {
        try (Stream<Path> files = Files.list(backups())) {
            return files.filter(f -> f.toString().endsWith(".zip")).toList();
        }
    }
}
