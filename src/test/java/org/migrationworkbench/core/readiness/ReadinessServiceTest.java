package org.migrationworkbench.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.RuleKind;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.store.JdbcAuditLog;
import org.migrationworkbench.core.store.JdbcReadinessRepository;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import org.migrationworkbench.testing.TestWorkspaces;

class ReadinessServiceTest {
    @TempDir
    Path temp;

    @Test
    void runsAreStoredComparedWithThePreviousOneAndWaiversAreAudited() {
        TestWorkspaces.write(temp.resolve("workbench.yaml"), """
                name: Service
                target: .
                phases:
                  - {id: p1, title: One, gates: {rules: [gone]}}
                  - {id: p2, title: Two}
                rules:
                  - {id: gone, kind: path-absent, paths: [legacy], severity: blocker, category: cleanup}
                  - {id: there, kind: path-exists, paths: [src], phase: p2, category: structure}
                """);
        Workspace ws = new WorkspaceLoader().load(temp).workspace();
        AtomicReference<RuleStatus> legacy = new AtomicReference<>(RuleStatus.FAIL);
        Map<RuleKind, RuleChecker> checkers = Map.of(
                RuleKind.PATH_ABSENT, (rule, context) -> new Outcome(legacy.get(), "legacy folder",
                        List.of(Evidence.at("legacy/run.py", 3, "import app.sandbox"))),
                RuleKind.PATH_EXISTS, (rule, context) -> Outcome.pass("src found", List.of()));
        Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
        try (WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(temp, Map.of()))) {
            ReadinessService service = new ReadinessService(new ReadinessEngine(checkers, 2, Duration.ofSeconds(10)),
                    new JdbcReadinessRepository(store.dataSource()), new JdbcAuditLog(store.dataSource()),
                    root -> ReadinessEngineTest.EMPTY, clock);

            Analysis first = service.analyze(ws, Optional.empty(), false, "test", Progress.NONE,
                    ReadinessEngine.Listener.NONE);
            assertThat(first.readiness().level()).isEqualTo(Readiness.Level.NOT_READY);
            assertThat(first.changed("gone")).isTrue();

            legacy.set(RuleStatus.PASS);
            Analysis second = service.analyze(ws, Optional.empty(), false, "test", Progress.NONE,
                    ReadinessEngine.Listener.NONE);
            assertThat(second.previousStatus("gone")).contains(RuleStatus.FAIL);
            assertThat(second.changed("gone")).isTrue();
            assertThat(second.changed("there")).isFalse();
            assertThat(second.readiness().level()).isEqualTo(Readiness.Level.READY);

            var stored = new JdbcReadinessRepository(store.dataSource()).latest().orElseThrow();
            assertThat(stored.id()).isEqualTo(second.runId());
            assertThat(stored.status()).isEqualTo("ready");
            assertThat(stored.results()).extracting(r -> r.ruleId()).containsExactly("gone", "there");
            assertThat(stored.results().get(0).evidence()).contains("legacy/run.py", "import app.sandbox");

            legacy.set(RuleStatus.FAIL);
            service.waive("gone", "scripts archived next week", "Mei", LocalDate.parse("2026-11-30"), "alice");
            Analysis waived = service.analyze(ws, Optional.of("p1"), false, "test", Progress.NONE,
                    ReadinessEngine.Listener.NONE);
            assertThat(waived.run().results()).extracting(r -> r.rule().id()).containsExactly("gone");
            assertThat(waived.readiness().level()).isEqualTo(Readiness.Level.AT_RISK);
            assertThat(new JdbcAuditLog(store.dataSource()).recent(5)).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo("readiness.waived");
                assertThat(e.detail()).contains("2026-11-30", "Mei");
            });
            legacy.set(RuleStatus.PASS);
            service.analyze(ws, List.of(ws.rules().get(0)), Optional.empty(), false, "test", Progress.NONE,
                    ReadinessEngine.Listener.NONE);
            Analysis latest = service.latest(ws).orElseThrow();
            assertThat(latest.run().results()).as("a one-rule run is completed from older runs")
                    .extracting(r -> r.rule().id()).containsExactlyInAnyOrder("gone", "there");
            assertThat(latest.run().result("gone").orElseThrow().status()).isEqualTo(RuleStatus.PASS);
            assertThat(latest.previousStatus("gone")).contains(RuleStatus.FAIL);
            assertThatThrownBy(() -> service.analyze(ws, Optional.of("p9"), false, "test", Progress.NONE,
                    ReadinessEngine.Listener.NONE)).isInstanceOf(WorkbenchException.class).hasMessageContaining("p9");
        }
    }
}
