package org.migrationworkbench.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.migrationworkbench.core.timeline.Phases.day;
import static org.migrationworkbench.core.timeline.Phases.phase;
import static org.migrationworkbench.core.timeline.Phases.unscheduled;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.DateRange;
import org.migrationworkbench.core.model.Gates;
import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.core.model.SignoffPolicy;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.signoff.ChainHead;
import org.migrationworkbench.core.signoff.Decision;
import org.migrationworkbench.core.signoff.EvidenceSource;
import org.migrationworkbench.core.signoff.Signer;
import org.migrationworkbench.core.signoff.SignoffLedger;
import org.migrationworkbench.core.signoff.SignoffService;
import org.migrationworkbench.core.store.JdbcAuditLog;
import org.migrationworkbench.core.store.JdbcBaselineRepository;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;

class BaselineServiceTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final List<String> ROLES = List.of("Technical Lead", "Product Owner");
    private static final EvidenceSource NO_EVIDENCE = new EvidenceSource() {
        @Override
        public Map<String, String> itemStates(String checklistId) {
            return Map.of();
        }

        @Override
        public Optional<RuleEvidence> rule(String ruleId) {
            return Optional.empty();
        }

        @Override
        public Optional<ComparisonEvidence> comparison(String comparisonId) {
            return Optional.empty();
        }
    };

    @TempDir
    Path root;
    WorkbenchStore store;
    BaselineService baselines;

    @BeforeEach
    void open() {
        store = WorkbenchStore.open(StoreConfig.forWorkspace(root, Map.of()));
        baselines = new BaselineService(new JdbcBaselineRepository(store.dataSource(),
                new JdbcAuditLog(store.dataSource())), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aBaselineTakenOnDemandRecordsEveryScheduledPhase() {
        Workspace ws = workspace(phase("a", 0, 4), phase("b", 5, 9, "a"), unscheduled("u"));

        baselines.take(ws, BaselineService.ON_DEMAND, "Ada");

        Baseline latest = baselines.latest().orElseThrow();
        assertThat(latest.takenAt()).isEqualTo(NOW);
        assertThat(latest.reason()).isEqualTo("on demand");
        assertThat(latest.planned()).containsExactly(Map.entry("a", new DateRange(day(0), day(4))),
                Map.entry("b", new DateRange(day(5), day(9))));
        assertThat(new JdbcAuditLog(store.dataSource()).recent(1).get(0).actor()).isEqualTo("Ada");
    }

    @Test
    void nothingScheduledIsRefusedAndNothingStored() {
        assertThatThrownBy(() -> baselines.take(workspace(unscheduled("u")), BaselineService.ON_DEMAND, "Ada"))
                .isInstanceOf(WorkbenchException.class).hasMessageContaining("nothing to record");
        assertThat(baselines.all()).isEmpty();
    }

    @Test
    void theApprovalThatCompletesAGateTakesABaselineByTheApprover() {
        Workspace ws = workspace(gated("a", 0, 4), phase("b", 5, 9, "a"));
        SignoffService signoffs = new SignoffService(new SignoffLedger(store, ChainHead.file(root)),
                Clock.fixed(NOW, ZoneOffset.UTC), baselines.onGateSignedOff());

        signoffs.sign(ws, "a", "Technical Lead", new Signer("Ada", ""), Decision.APPROVE, "", NO_EVIDENCE);
        signoffs.sign(ws, "a", "Product Owner", new Signer("Bob", ""), Decision.REJECT, "not yet", NO_EVIDENCE);
        assertThat(baselines.all()).isEmpty();
        signoffs.sign(ws, "a", "Product Owner", new Signer("Bob", ""), Decision.APPROVE, "", NO_EVIDENCE);

        assertThat(baselines.all()).singleElement().satisfies(b -> {
            assertThat(b.reason()).isEqualTo("gate a signed off");
            assertThat(b.planned()).containsOnlyKeys("a", "b");
        });
        assertThat(new JdbcAuditLog(store.dataSource()).recent(1).get(0).actor()).isEqualTo("Bob");
    }

    @Test
    void baselinesAreListedNewestFirst() {
        Workspace ws = workspace(phase("a", 0, 4));
        baselines.save(new Baseline(NOW.minusSeconds(60), "first", Map.of("a", new DateRange(day(0), day(2)))), "Ada");
        baselines.take(ws, "second", "Ada");

        assertThat(baselines.all()).extracting(Baseline::reason).containsExactly("second", "first");
    }

    private static Phase gated(String id, int from, int to) {
        Phase p = phase(id, from, to);
        return new Phase(p.id(), p.title(), p.schedule(), p.weeks(), p.dependsOn(), p.risk(), p.owner(),
                p.description(), new Gates(List.of(), List.of(), List.of(), ROLES));
    }

    private Workspace workspace(Phase... phases) {
        return new Workspace("ws", Optional.empty(), root, root.resolve("workbench.yaml"), root, "main",
                Optional.empty(), List.of(phases), List.of(), List.of(), List.of(), List.of(),
                new SignoffPolicy(ROLES));
    }
}
