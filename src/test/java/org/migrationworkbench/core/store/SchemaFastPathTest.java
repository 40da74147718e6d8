package org.migrationworkbench.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationworkbench.core.store.StoreTestSupport.count;
import static org.migrationworkbench.core.store.StoreTestSupport.execute;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaFastPathTest {
    @TempDir
    Path workspace;

    @Test
    void theShippedVersionConstantMatchesTheMigrationFiles() throws Exception {
        try (var files = Files.list(Path.of(getClass().getResource("/db/migration").toURI()))) {
            int highest = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElseThrow();
            assertThat(SchemaMigrator.SHIPPED_VERSION).isEqualTo(highest);
        }
    }

    @Test
    void aDatabaseMissingTheLatestMigrationIsStillMigrated() throws Exception {
        StoreConfig config = StoreConfig.forWorkspace(workspace, Map.of());
        try (WorkbenchStore store = WorkbenchStore.open(config)) {
            // pretend the last migration never ran: drop its history row and what it created
            execute(store.dataSource(), "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '"
                    + SchemaMigrator.SHIPPED_VERSION + "'");
            execute(store.dataSource(), "ALTER TABLE signoff DROP COLUMN signer_key");
            execute(store.dataSource(), "ALTER TABLE signoff DROP COLUMN signature");
        }
        try (WorkbenchStore store = WorkbenchStore.open(config)) {
            assertThat(count(store.dataSource(), "SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS "
                    + "WHERE TABLE_NAME = 'SIGNOFF' AND COLUMN_NAME IN ('SIGNER_KEY', 'SIGNATURE')")).isEqualTo(2);
            assertThat(count(store.dataSource(), WorkbenchStoreTest.HISTORY))
                    .isEqualTo(StoreTestSupport.SHIPPED_MIGRATIONS);
        }
        assertThat(workspace.resolve(".workbench/backups")).isNotEmptyDirectory();
    }
}
