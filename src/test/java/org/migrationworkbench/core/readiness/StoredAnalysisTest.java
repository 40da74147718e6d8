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

/** Reading the newest stored run back, re-scoring it, and showing evidence in its file. */
class StoredAnalysisTest {
    @TempDir
    Path temp;

    @Test
    void theLatestRunIsRebuiltWithEvidenceAndPreviousStatusesAndRescoredAfterAWaiver() {
        TestWorkspaces.write(temp.resolve("workbench.yaml"), """
                name: Stored
                target: .
                phases:
                  - {id: p1, title: One}
                rules:
                  - {id: gone, kind: path-absent, paths: [legacy], severity: blocker, category: cleanup}
                  - {id: there, kind: path-exists, paths: [src], category: structure}
                """);
        Workspace ws = new WorkspaceLoader().load(temp).workspace();
        Map<RuleKind, RuleChecker> checkers = Map.of(
                RuleKind.PATH_ABSENT, (rule, context) -> Outcome.fail("legacy folder",
                        List.of(Evidence.at("legacy/run.py", 3, "import app.sandbox"), Evidence.note("1 file"))),
                RuleKind.PATH_EXISTS, (rule, context) -> Outcome.pass("src found", List.of()));
        Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
        try (WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(temp, Map.of()))) {
            ReadinessService service = new ReadinessService(new ReadinessEngine(checkers, 2, Duration.ofSeconds(10)),
                    new JdbcReadinessRepository(store.dataSource()), new JdbcAuditLog(store.dataSource()),
                    root -> ReadinessEngineTest.EMPTY, clock);
            assertThat(service.latest(ws)).isEmpty();
            service.analyze(ws, Optional.empty(), false, "test", Progress.NONE, ReadinessEngine.Listener.NONE);
            Analysis ran = service.analyze(ws, Optional.empty(), false, "test", Progress.NONE,
                    ReadinessEngine.Listener.NONE);

            Analysis latest = service.latest(ws).orElseThrow();
            assertThat(latest.runId()).isEqualTo(ran.runId());
            assertThat(latest.readiness().level()).isEqualTo(Readiness.Level.NOT_READY);
            RuleResult gone = latest.run().result("gone").orElseThrow();
            assertThat(gone.outcome().evidence()).containsExactly(
                    Evidence.at("legacy/run.py", 3, "import app.sandbox"), Evidence.note("1 file"));
            assertThat(gone.digest()).isEqualTo(ran.run().result("gone").orElseThrow().digest());
            assertThat(latest.previousStatus("gone")).contains(RuleStatus.FAIL);
            assertThat(latest.changed("gone")).isFalse();

            service.waive("gone", "archived next week", "Mei", LocalDate.parse("2026-11-30"), "alice");
            Analysis rescored = service.rescore(latest);
            assertThat(rescored.readiness().level()).isEqualTo(Readiness.Level.AT_RISK);
            assertThat(rescored.readiness().total().waived()).isEqualTo(1);
        }
    }

    @Test
    void anExcerptShowsTheFileAroundTheLineAndNeverLeavesTheRepository() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 6000; i++) {
            text.append("line ").append(i).append('\n');
        }
        TestWorkspaces.write(temp.resolve("repo/big.txt"), text.toString());
        TestWorkspaces.write(temp.resolve("secret.txt"), "no\n");

        SourceExcerpt small = SourceExcerpt.read(temp.resolve("repo"), "big.txt", 10, SecretFiles.STANDARD);
        assertThat(small.firstLine()).isEqualTo(1);
        assertThat(small.lines()).hasSize(SourceExcerpt.MAX_LINES);
        assertThat(small.lines().get(9)).isEqualTo("line 10");
        assertThat(small.truncated()).isTrue();

        SourceExcerpt deep = SourceExcerpt.read(temp.resolve("repo"), "big.txt", 5800, SecretFiles.STANDARD);
        assertThat(deep.lines().get(5800 - deep.firstLine())).isEqualTo("line 5800");

        assertThatThrownBy(() -> SourceExcerpt.read(temp.resolve("repo"), "../secret.txt", 1, SecretFiles.STANDARD))
                .isInstanceOf(WorkbenchException.class).hasMessageContaining("not a file of the target");
        java.nio.file.Path secret = java.nio.file.Files.writeString(temp.resolve("secret.txt"), "password=x\n");
        java.nio.file.Files.createSymbolicLink(temp.resolve("repo/linked.txt"), secret);
        assertThatThrownBy(() -> SourceExcerpt.read(temp.resolve("repo"), "linked.txt", 1, SecretFiles.STANDARD))
                .as("a symbolic link leading out of the repository").isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("not a file of the target");
    }
}
