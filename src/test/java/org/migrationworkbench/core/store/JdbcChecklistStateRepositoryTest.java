package org.migrationworkbench.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.migrationworkbench.core.store.StoreTestSupport.count;
import static org.migrationworkbench.core.store.StoreTestSupport.execute;
import static org.migrationworkbench.core.store.StoreTestSupport.state;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.store.ChecklistStateRepository.ItemState;

class JdbcChecklistStateRepositoryTest {
    @TempDir
    Path workspace;

    private WorkbenchStore store;
    private ChecklistStateRepository states;

    @BeforeEach
    void open() {
        store = WorkbenchStore.open(StoreConfig.forWorkspace(workspace, Map.of()));
        states = new JdbcChecklistStateRepository(store.dataSource());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void currentStateIsTheLatestAndHistoryKeepsEveryChange() {
        ItemState blocked = new ItemState("cutover", "freeze", "blocked", "bob",
                Instant.parse("2024-05-01T09:00:00.123456789Z"), "waiting for DBA");
        ItemState done = state("freeze", "done", "2024-05-01T10:00:00Z");
        states.record(blocked);
        states.record(done);
        states.record(state("backup", "na", "2024-05-01T11:00:00Z"));

        assertThat(states.currentStates("cutover")).containsExactly(
                Map.entry("backup", state("backup", "na", "2024-05-01T11:00:00Z")),
                Map.entry("freeze", done));
        assertThat(states.history("cutover", "freeze")).containsExactly(blocked, done);
    }

    @Test
    void unknownChecklistAndItemAreEmpty() {
        assertThat(states.currentStates("nothing")).isEmpty();
        assertThat(states.history("cutover", "nothing")).isEmpty();
    }

    @Test
    void stateAndHistoryAreWrittenTogetherOrNotAtAll() throws Exception {
        execute(store.dataSource(), "DROP TABLE checklist_item_event");

        assertThatThrownBy(() -> states.record(state("freeze", "done", "2024-05-01T10:00:00Z")))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("freeze");
        assertThat(count(store.dataSource(), "SELECT COUNT(*) FROM checklist_item_state")).isZero();
    }

    @Test
    void unknownStateIsRefused() {
        assertThatThrownBy(() -> state("freeze", "finished", "2024-05-01T10:00:00Z"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
