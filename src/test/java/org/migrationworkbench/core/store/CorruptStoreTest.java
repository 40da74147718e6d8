package org.migrationworkbench.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorruptStoreTest {
    @TempDir
    Path workspace;

    private Path databaseFile;
    private byte[] garbage;

    @BeforeEach
    void writeGarbageDatabase() throws Exception {
        databaseFile = workspace.resolve(".workbench/workbench.mv.db").toAbsolutePath();
        Files.createDirectories(databaseFile.getParent());
        garbage = new byte[8192];
        new Random(42).nextBytes(garbage);
        Files.write(databaseFile, garbage);
    }

    private StoreConfig config() {
        return StoreConfig.forWorkspace(workspace, Map.of());
    }

    @Test
    void unreadableDatabaseIsReportedAndLeftUntouched() throws Exception {
        assertThatThrownBy(() -> WorkbenchStore.open(config()))
                .isInstanceOf(StoreCorruptException.class)
                .hasMessageContaining(databaseFile.toString())
                .hasMessageContaining("left untouched")
                .hasMessageContaining(databaseFile.getParent().resolve("backups").toString())
                .hasMessageContaining("no backups");

        assertThat(Files.readAllBytes(databaseFile)).isEqualTo(garbage);
        try (var files = Files.list(databaseFile.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".mv.db") && !name.equals("workbench.mv.db"));
        }
    }

    @Test
    void failedOpenReleasesTheLockAndNeverRepairs() throws Exception {
        assertThatThrownBy(() -> WorkbenchStore.open(config())).isInstanceOf(StoreCorruptException.class);
        // a second try meets the same damaged file, not a lock and not a fresh database
        assertThatThrownBy(() -> WorkbenchStore.open(config())).isInstanceOf(StoreCorruptException.class);

        assertThat(Files.readAllBytes(databaseFile)).isEqualTo(garbage);
    }

    @Test
    void messageNamesTheNewestBackup() throws Exception {
        Path backups = Files.createDirectories(databaseFile.getParent().resolve("backups"));
        Path older = Files.writeString(backups.resolve("workbench-20240101-000000-before-v2.zip"), "x");
        Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));
        Path newer = Files.writeString(backups.resolve("workbench-20240301-000000-before-v3.zip"), "x");
        Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2024-03-01T00:00:00Z")));

        assertThatThrownBy(() -> WorkbenchStore.open(config()))
                .isInstanceOf(StoreCorruptException.class)
                .hasMessageContaining("workbench-20240301-000000-before-v3.zip")
                .hasMessageNotContaining("workbench-20240101-000000-before-v2.zip");
        assertThat(Files.readAllBytes(databaseFile)).isEqualTo(garbage);
    }

    @Test
    void truncatedRealDatabaseIsReportedToo() throws Exception {
        Files.delete(databaseFile);
        try (WorkbenchStore store = WorkbenchStore.open(config())) {
            new JdbcAuditLog(store.dataSource()).append("alice", "test", "", "");
        }
        byte[] real = Files.readAllBytes(databaseFile);
        byte[] damaged = Arrays.copyOf(real, 100);
        Files.write(databaseFile, damaged);

        assertThatThrownBy(() -> WorkbenchStore.open(config()))
                .isInstanceOf(StoreCorruptException.class)
                .hasMessageContaining(databaseFile.toString())
                .hasMessageContaining("damaged");
        assertThat(Files.readAllBytes(databaseFile)).isEqualTo(damaged);
        assertThat(new String(damaged, StandardCharsets.ISO_8859_1)).startsWith("H:2");
    }
}
