package org.migrationworkbench.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.Comparison;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.store.JdbcAuditLog;
import org.migrationworkbench.core.store.JdbcCompareRepository;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import org.migrationworkbench.testing.TestWorkspaces;

/** Declared comparisons: stored runs, the accepted-differences register, git revisions and the noise check. */
class ComparisonServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Workspace workspace() throws Exception {
        TestWorkspaces.write(dir.resolve("workbench.yaml"), """
                name: Compare
                target: .
                phases:
                  - {id: p1, title: One}
                comparisons:
                  - id: logs
                    old: outputs/old.log
                    new: outputs/new.log
                    format: text
                    rerun: outputs/old-again.log
                  - id: at-v1
                    old: git:v1:reports/day.log
                    new: outputs/new.log
                  - id: tree-at-v1
                    old: git:v1:reports
                    new: outputs/tree
                  - id: no-such-ref
                    old: git:v9:reports/day.log
                    new: outputs/new.log
                """);
        TestWorkspaces.write(dir.resolve("reports/day.log"), "alpha\nbeta\n");
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern("reports").call();
            git.commit().setMessage("day").setSign(false).setAuthor("t", "t@example.com").call();
            git.tag().setName("v1").call();
        }
        TestWorkspaces.write(dir.resolve("reports/day.log"), "changed later\n");
        TestWorkspaces.write(dir.resolve("outputs/old.log"), "alpha\nbeta\n");
        TestWorkspaces.write(dir.resolve("outputs/old-again.log"), "alpha\nbeta 2026-11-20T10:00:00Z\n");
        TestWorkspaces.write(dir.resolve("outputs/new.log"), "alpha\ngamma\n");
        TestWorkspaces.write(dir.resolve("outputs/tree/day.log"), "alpha\nbeta\n");
        return new WorkspaceLoader().load(dir).workspace();
    }

    private static Comparison comparison(Workspace ws, String id) {
        return ws.comparisons().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static ComparisonService service(WorkbenchStore store) {
        return new ComparisonService(new Comparisons(Map.of(ComparedAs.TEXT, new LinesComparator()), CLOCK),
                new JdbcCompareRepository(store.dataSource()), new JdbcAuditLog(store.dataSource()), CLOCK);
    }

    @Test
    void runIsStoredWithItsDigestsAndReadBack() throws Exception {
        Workspace ws = workspace();
        try (WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(ws.root(), Map.of()))) {
            ComparisonService service = service(store);
            ComparisonRun run = service.run(ws, comparison(ws, "logs"), DifferenceSink.NONE, Progress.NONE, "test");
            assertThat(run.result().removed()).isEqualTo(1);
            assertThat(run.result().added()).isEqualTo(1);
            ComparisonRun back = service.latest("logs").orElseThrow();
            assertThat(back.result()).isEqualTo(run.result());
            assertThat(back.resultDigest()).isEqualTo(run.resultDigest()).hasSize(64);
            assertThat(service.latestOfEach()).extracting(ComparisonRun::comparisonId).containsExactly("logs");
        }
    }

    @Test
    void acceptedDifferencesAreAppliedAuditedAndCountAgainWhenRevoked() throws Exception {
        Workspace ws = workspace();
        try (WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(ws.root(), Map.of()))) {
            ComparisonService service = service(store);
            Comparison logs = comparison(ws, "logs");
            AcceptedDifference a = service.register().accept("logs", "^(beta|gamma)$", Optional.empty(),
                    "renamed in v2", "Ana", Optional.of(LocalDate.of(2026, 12, 31)), "ana");
            ComparisonRun accepted = service.run(ws, logs, DifferenceSink.NONE, Progress.NONE, "test");
            assertThat(accepted.result().identical()).isTrue();
            assertThat(accepted.result().accepted()).isEqualTo(2);
            service.register().revoke("logs", a.id(), "ana");
            assertThat(service.register().entries("logs")).isEmpty();
            assertThat(service.run(ws, logs, DifferenceSink.NONE, Progress.NONE, "test").result().identical())
                    .isFalse();
            assertThat(new JdbcAuditLog(store.dataSource()).recent(5)).extracting(e -> e.action())
                    .contains("compare.accepted", "compare.revoked");
        }
    }

    @Test
    void acceptanceNeedsAValidPatternReasonAndOwner() throws Exception {
        Workspace ws = workspace();
        try (WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(ws.root(), Map.of()))) {
            AcceptanceRegister register = service(store).register();
            assertThatThrownBy(() -> register.accept("logs", "[", Optional.empty(), "r", "o", Optional.empty(), "a"))
                    .isInstanceOf(WorkbenchException.class).hasMessageContaining("not a valid regular expression");
            assertThatThrownBy(() -> register.accept("logs", "x", Optional.empty(), " ", "o", Optional.empty(), "a"))
                    .hasMessage("An accepted difference needs a reason.");
            assertThatThrownBy(() -> register.accept("logs", "x", Optional.empty(), "r", "o",
                    Optional.of(LocalDate.of(2020, 1, 1)), "a")).hasMessageContaining("in the past");
        }
    }

    @Test
    void gitRevisionSidesReadTheFileOrFolderAtThatRevision() throws Exception {
        Workspace ws = workspace();
        try (WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(ws.root(), Map.of()))) {
            ComparisonService service = service(store);
            CompareResult file = service.run(ws, comparison(ws, "at-v1"), DifferenceSink.NONE, Progress.NONE, "t")
                    .result();
            assertThat(file.removed()).isEqualTo(1);
            assertThat(file.samples()).extracting(Difference::key).contains("beta", "gamma");
            CompareResult tree = service.run(ws, comparison(ws, "tree-at-v1"), DifferenceSink.NONE, Progress.NONE,
                    "t").result();
            assertThat(tree.comparedAs()).isEqualTo(ComparedAs.FOLDER);
            assertThat(tree.identical()).isTrue();
            assertThatThrownBy(() -> service.run(ws, comparison(ws, "no-such-ref"), DifferenceSink.NONE,
                    Progress.NONE, "t")).hasMessageContaining("no revision 'v9'");
        }
    }

    @Test
    void noiseCheckNamesTheVolatileTokenAndSuggestsANormalizer() throws Exception {
        Workspace ws = workspace();
        TestWorkspaces.write(dir.resolve("outputs/old.log"), "alpha\nbeta 2026-11-19T08:00:00Z\n");
        try (WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(ws.root(), Map.of()))) {
            ComparisonService service = new ComparisonService(new Comparisons(Map.of(ComparedAs.TEXT,
                    new PairedLinesComparator()), CLOCK), new JdbcCompareRepository(store.dataSource()),
                    new JdbcAuditLog(store.dataSource()), CLOCK);
            NoiseReport noise = service.noise(ws, comparison(ws, "logs"), Progress.NONE);
            assertThat(noise.quiet()).isFalse();
            assertThat(noise.volatileFields()).containsExactly(new NoiseReport.Volatile("timestamp", 1));
            assertThat(noise.suggestions()).singleElement().asString().startsWith("text.normalize: {name: timestamp");
        }
    }
}
