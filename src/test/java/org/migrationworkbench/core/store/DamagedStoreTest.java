package org.migrationworkbench.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationworkbench.core.UserWorkspaceDir;
import org.migrationworkbench.core.WorkbenchException;

/** A store that existed is never replaced by an empty one: truncated, emptied or deleted, it is reported. */
class DamagedStoreTest {
    @TempDir
    Path workspace;

    private StoreConfig config() {
        return StoreConfig.forWorkspace(workspace, Map.of());
    }

    private Path databaseFile() {
        return config().databaseFile().orElseThrow();
    }

    /** A store with some rows in it, closed. */
    private void storeWithData() throws Exception {
        try (WorkbenchStore store = WorkbenchStore.open(config());
             Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (int i = 0; i < 50; i++) {
                s.execute("INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (CURRENT_TIMESTAMP, "
                        + "'test', 'note', 'row " + i + "', '" + "x".repeat(500) + "')");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 4096, 8192, 12288})
    void aTruncatedFileIsReportedAsDamagedAndLeftExactlyAsItWas(long size) throws Exception {
        storeWithData();
        try (var channel = java.nio.channels.FileChannel.open(databaseFile(),
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
        byte[] before = Files.readAllBytes(databaseFile());

        assertThatThrownBy(() -> WorkbenchStore.open(config()))
                .isInstanceOf(StoreCorruptException.class)
                .hasMessageContaining(databaseFile().toString())
                .hasMessageContaining("left untouched");

        assertThat(Files.readAllBytes(databaseFile())).isEqualTo(before);
        assertThatThrownBy(() -> WorkbenchStore.open(config())).isInstanceOf(StoreCorruptException.class);
    }

    @Test
    void aDeletedDatabaseBesideAHeadFileIsNotRecreated() throws Exception {
        storeWithData();
        Files.writeString(workspace.resolve(".workbench/signoffs.head"), "3 " + "a".repeat(64) + "\n");
        Files.delete(databaseFile());

        assertThatThrownBy(() -> WorkbenchStore.open(config()))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("is missing")
                .hasMessageContaining("signoffs.head");
        assertThat(databaseFile()).doesNotExist();
    }

    @Test
    void aDeletedWorkbenchFolderIsNotRecreatedWhenThisUserKeptARecordOfIt() throws Exception {
        storeWithData();
        Path mine = UserWorkspaceDir.of(workspace);
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("signoffs.witness"), "1 " + "b".repeat(64) + "\n");
        deleteTree(workspace.resolve(".workbench"));

        assertThatThrownBy(() -> WorkbenchStore.open(config()))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("used before")
                .hasMessageContaining(mine.toString());
        assertThat(databaseFile()).doesNotExist();
    }

    @Test
    void aNewStoreIsCreatedWholeAndLeavesNoTemporaryFile() throws Exception {
        try (WorkbenchStore store = WorkbenchStore.open(config())) {
            assertThat(store.dataSource()).isNotNull();
        }
        try (var files = Files.list(databaseFile().getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("workbench-new"));
        }
        try (WorkbenchStore reopened = WorkbenchStore.open(config())) {
            assertThat(reopened.config()).isEqualTo(config());
        }
    }

    @Test
    void aCreationCutOffLeavesNoDatabaseFileSoTheNextOpenStartsCleanly() throws Exception {
        Path dir = Files.createDirectories(workspace.resolve(".workbench"));
        Files.write(dir.resolve("workbench-new.mv.db"), new byte[100]); // as left by a kill during creation

        try (WorkbenchStore store = WorkbenchStore.open(config())) {
            assertThat(store.dataSource()).isNotNull();
        }
        assertThat(dir.resolve("workbench-new.mv.db")).doesNotExist();
    }

    private static void deleteTree(Path dir) throws Exception {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
