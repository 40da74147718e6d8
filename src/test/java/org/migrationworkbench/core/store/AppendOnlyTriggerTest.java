package org.migrationworkbench.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.migrationworkbench.core.store.StoreTestSupport.count;
import static org.migrationworkbench.core.store.StoreTestSupport.execute;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppendOnlyTriggerTest {
    @TempDir
    Path workspace;

    private WorkbenchStore store;

    @BeforeEach
    void open() {
        store = WorkbenchStore.open(StoreConfig.forWorkspace(workspace, Map.of()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void signoffsCanBeAddedButNeverChangedOrDeleted() throws Exception {
        execute(store.dataSource(), "INSERT INTO signoff (gate_id, role, person, decision, signed_at, "
                + "evidence_digest, chain_hash) VALUES ('go-live', 'owner', 'Alice', 'approve', "
                + "TIMESTAMP WITH TIME ZONE '2024-05-01 10:00:00+00', 'd1', 'h1')");

        assertThatThrownBy(() -> execute(store.dataSource(), "UPDATE signoff SET decision = 'reject'"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("table signoff is append-only");
        assertThatThrownBy(() -> execute(store.dataSource(), "DELETE FROM signoff"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("table signoff is append-only");
        assertThat(count(store.dataSource(), "SELECT COUNT(*) FROM signoff WHERE decision = 'approve'"))
                .isEqualTo(1);
    }

    @Test
    void auditEntriesCanBeAddedButNeverChangedOrDeleted() throws Exception {
        new JdbcAuditLog(store.dataSource()).append("alice", "checklist.done", "freeze", "");

        assertThatThrownBy(() -> execute(store.dataSource(), "UPDATE audit_log SET actor = 'mallory'"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("table audit_log is append-only");
        assertThatThrownBy(() -> execute(store.dataSource(), "DELETE FROM audit_log WHERE actor = 'alice'"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("table audit_log is append-only");
        assertThat(count(store.dataSource(), "SELECT COUNT(*) FROM audit_log WHERE actor = 'alice'")).isEqualTo(1);
    }
}
