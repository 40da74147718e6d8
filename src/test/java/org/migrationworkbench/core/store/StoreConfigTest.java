package org.migrationworkbench.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.WorkbenchException;

class StoreConfigTest {
    @TempDir
    Path workspace;

    @Test
    void workspaceUsesEmbeddedFileThatWritesEachCommitAtOnceAndOnlyAppends() {
        StoreConfig config = StoreConfig.forWorkspace(workspace, Map.of());

        Path dir = workspace.toAbsolutePath().resolve(".workbench");
        assertThat(config.jdbcUrl()).isEqualTo("jdbc:h2:file:" + dir.resolve("workbench")
                + ";WRITE_DELAY=0;REUSE_SPACE=FALSE");
        assertThat(config.workbenchDir()).contains(dir);
        assertThat(config.databaseFile()).contains(dir.resolve("workbench.mv.db"));
        assertThat(config.lockFile()).contains(dir.resolve("workbench.lock"));
        assertThat(config.backupDir()).contains(dir.resolve("backups"));
        assertThat(config.migrationLocations()).containsExactly("classpath:db/migration");
    }

    @Test
    void environmentUrlReplacesTheEmbeddedFile() {
        StoreConfig config = StoreConfig.forWorkspace(workspace, Map.of(
                "WORKBENCH_JDBC_URL", "jdbc:h2:tcp://db.example.org/team",
                "WORKBENCH_JDBC_USER", "team",
                "WORKBENCH_JDBC_PASSWORD", "secret"));

        assertThat(config.jdbcUrl()).isEqualTo("jdbc:h2:tcp://db.example.org/team");
        assertThat(config.user()).isEqualTo("team");
        assertThat(config.password()).isEqualTo("secret");
        assertThat(config.workbenchDir()).isEmpty();
        assertThat(config.lockFile()).isEmpty();
    }

    @Test
    void blankEnvironmentUrlIsIgnored() {
        assertThat(StoreConfig.forWorkspace(workspace, Map.of("WORKBENCH_JDBC_URL", " ")).workbenchDir())
                .isPresent();
    }

    @Test
    void toStringHidesThePassword() {
        StoreConfig config = StoreConfig.forWorkspace(workspace, Map.of(
                "WORKBENCH_JDBC_URL", "jdbc:h2:mem:x", "WORKBENCH_JDBC_PASSWORD", "secret"));

        assertThat(config.toString()).doesNotContain("secret").contains("jdbc:h2:mem:x");
    }

    @Test
    void workspacePathWithSemicolonIsRefusedClearly() {
        assertThatThrownBy(() -> StoreConfig.forWorkspace(workspace.resolve("a;b"), Map.of()))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("contains a ';'");
    }
}
