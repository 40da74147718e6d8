package org.migrationworkbench.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.migrationworkbench.core.store.StoreTestSupport.count;
import static org.migrationworkbench.core.store.StoreTestSupport.execute;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.store.BaselineRepository.PlannedDays;
import org.migrationworkbench.core.store.BaselineRepository.StoredBaseline;

class JdbcBaselineRepositoryTest {
    private static final PlannedDays PREPARE = new PlannedDays("prepare", LocalDate.of(2024, 5, 6),
            LocalDate.of(2024, 5, 17));
    private static final PlannedDays CUTOVER = new PlannedDays("cutover", LocalDate.of(2024, 5, 20),
            LocalDate.of(2024, 5, 20));

    @TempDir
    Path workspace;

    private WorkbenchStore store;
    private JdbcBaselineRepository repository;

    @BeforeEach
    void open() {
        store = WorkbenchStore.open(StoreConfig.forWorkspace(workspace, Map.of()));
        repository = new JdbcBaselineRepository(store.dataSource(), new JdbcAuditLog(store.dataSource()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aSavedBaselineReadsBackWithItsPhasesInOrderAndIsAudited() {
        Instant at = Instant.parse("2024-05-01T10:00:00.123456789Z");
        StoredBaseline saved = repository.save(new StoredBaseline(0, at, "gate prepare signed off", "Ada",
                List.of(PREPARE, CUTOVER)));

        assertThat(saved.id()).isPositive();
        assertThat(repository.latest()).contains(saved);
        assertThat(saved.planned()).containsExactly(PREPARE, CUTOVER);
        assertThat(saved.takenAt()).isEqualTo(at);
        assertThat(new JdbcAuditLog(store.dataSource()).recent(1)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("Ada");
            assertThat(e.action()).isEqualTo("timeline.baseline");
            assertThat(e.subject()).isEqualTo("baseline " + saved.id());
            assertThat(e.detail()).isEqualTo("gate prepare signed off (2 phases)");
        });
    }

    @Test
    void allListsNewestFirstAndLatestIsTheNewest() {
        assertThat(repository.latest()).isEmpty();
        assertThat(repository.all()).isEmpty();
        StoredBaseline first = repository.save(new StoredBaseline(0, Instant.parse("2024-05-01T10:00:00Z"),
                "on demand", "Ada", List.of(PREPARE, CUTOVER)));
        StoredBaseline second = repository.save(new StoredBaseline(0, Instant.parse("2024-05-02T10:00:00Z"),
                "on demand", "Bob", List.of(CUTOVER)));
        StoredBaseline empty = repository.save(new StoredBaseline(0, Instant.parse("2024-05-03T10:00:00Z"),
                "nothing scheduled", "Bob", List.of()));

        assertThat(repository.all()).containsExactly(empty, second, first);
        assertThat(repository.latest()).contains(empty);
    }

    @Test
    void baselinesCanBeAddedButNeverChangedOrDeleted() throws Exception {
        repository.save(new StoredBaseline(0, Instant.parse("2024-05-01T10:00:00Z"), "on demand", "Ada",
                List.of(PREPARE)));

        for (String sql : List.of("UPDATE timeline_baseline SET reason = 'edited'", "DELETE FROM timeline_baseline",
                "UPDATE timeline_baseline_phase SET end_day = DATE '2025-01-01'",
                "DELETE FROM timeline_baseline_phase")) {
            assertThatThrownBy(() -> execute(store.dataSource(), sql))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("is append-only");
        }
        assertThat(count(store.dataSource(), "SELECT COUNT(*) FROM timeline_baseline_phase")).isEqualTo(1);
        assertThat(repository.latest().orElseThrow().reason()).isEqualTo("on demand");
    }
}
