package org.migrationworkbench.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcAuditLogTest {
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00.5Z");

    @TempDir
    Path workspace;

    private WorkbenchStore store;
    private AuditLog log;

    @BeforeEach
    void open() {
        store = WorkbenchStore.open(StoreConfig.forWorkspace(workspace, Map.of()));
        log = new JdbcAuditLog(store.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void recentReturnsNewestFirstUpToTheLimit() {
        log.append("alice", "workspace.open", null, null);
        log.append("alice", "checklist.done", "cutover/freeze", "");
        log.append("bob", "signoff.approve", "go-live", "looks good");

        assertThat(log.recent(2)).extracting(AuditEntry::action)
                .containsExactly("signoff.approve", "checklist.done");
        AuditEntry newest = log.recent(1).get(0);
        assertThat(newest.at()).isEqualTo(NOW);
        assertThat(newest.actor()).isEqualTo("bob");
        assertThat(newest.subject()).isEqualTo("go-live");
        assertThat(newest.detail()).isEqualTo("looks good");
        assertThat(log.recent(10).get(2).subject()).isEmpty();
    }

    @Test
    void sequenceGrowsWithEachEntry() {
        log.append("alice", "a", "", "");
        log.append("alice", "b", "", "");

        assertThat(log.recent(2).get(0).seq()).isGreaterThan(log.recent(2).get(1).seq());
    }

    @Test
    void limitMustBePositive() {
        assertThatThrownBy(() -> log.recent(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
