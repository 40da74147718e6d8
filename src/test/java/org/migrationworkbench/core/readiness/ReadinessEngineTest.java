package org.migrationworkbench.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.model.RuleKind;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import org.migrationworkbench.testing.TestWorkspaces;

class ReadinessEngineTest {
    @TempDir
    Path temp;

    static final FileTree EMPTY = new FileTree() {
        @Override
        public List<String> files() {
            return List.of();
        }

        @Override
        public List<String> matching(String glob) {
            return List.of();
        }

        @Override
        public Predicate<String> anyOf(List<String> globs) {
            return path -> false;
        }
    };

    private Workspace workspace() {
        TestWorkspaces.valid(temp, "Engine");
        TestWorkspaces.write(temp.resolve("workbench.yaml"), """
                name: Engine
                target: .
                phases:
                  - {id: p1, title: One}
                rules:
                  - {id: ok, kind: path-exists, paths: [a], severity: blocker}
                  - {id: boom, kind: path-absent, paths: [b], severity: major}
                  - {id: slow, kind: doc-present, file: c.md, headings: [x], severity: minor}
                  - {id: unknown, kind: git, check: clean}
                """);
        return new WorkspaceLoader().load(temp).workspace();
    }

    private static Progress cancelled(AtomicBoolean flag) {
        return new Progress() {
            @Override
            public void begin(String task, long totalWork) {
            }

            @Override
            public void worked(long units) {
            }

            @Override
            public boolean isCancelled() {
                return flag.get();
            }
        };
    }

    private static RuleChecker hang() {
        return (rule, context) -> {
            while (true) {
                context.progress().checkCancelled();
                Thread.sleep(5);
            }
        };
    }

    @Test
    void aThrowingRuleIsAnErrorWithItsMessageAndAMissingCheckerIsAnErrorToo() {
        Workspace ws = workspace();
        ReadinessEngine engine = new ReadinessEngine(Map.of(
                RuleKind.PATH_EXISTS, (rule, context) -> Outcome.pass("found a", List.of(Evidence.at("a", 1, "x"))),
                RuleKind.PATH_ABSENT, (rule, context) -> {
                    throw new IllegalStateException("disk on fire");
                },
                RuleKind.DOC_PRESENT, (rule, context) -> Outcome.fail("no heading", List.of())), 2,
                Duration.ofSeconds(5));
        ReadinessRun run = engine.run(ws, ws.rules(), EMPTY, false, Clock.systemUTC(), Progress.NONE,
                ReadinessEngine.Listener.NONE);
        assertThat(run.results()).extracting(r -> r.rule().id(), RuleResult::status).containsExactly(
                org.assertj.core.api.Assertions.tuple("ok", RuleStatus.PASS),
                org.assertj.core.api.Assertions.tuple("boom", RuleStatus.ERROR),
                org.assertj.core.api.Assertions.tuple("slow", RuleStatus.FAIL),
                org.assertj.core.api.Assertions.tuple("unknown", RuleStatus.ERROR));
        assertThat(run.result("boom").orElseThrow().outcome().summary()).isEqualTo("disk on fire");
        assertThat(run.result("unknown").orElseThrow().outcome().summary()).contains("no checker", "git");
        assertThat(run.result("ok").orElseThrow().digest()).hasSize(64);
    }

    @Test
    void aRuleOverItsTimeLimitIsAnErrorAndTheOthersStillFinish() {
        Workspace ws = workspace();
        ReadinessEngine engine = new ReadinessEngine(Map.of(RuleKind.PATH_EXISTS, hang(),
                RuleKind.PATH_ABSENT, (rule, context) -> Outcome.pass("gone", List.of())), 2, Duration.ofMillis(300));
        long start = System.nanoTime();
        ReadinessRun run = engine.run(ws, ws.rules().subList(0, 2), EMPTY, false, Clock.systemUTC(), Progress.NONE,
                ReadinessEngine.Listener.NONE);
        assertThat(run.result("ok").orElseThrow().status()).isEqualTo(RuleStatus.ERROR);
        assertThat(run.result("ok").orElseThrow().outcome().summary()).contains("timed out");
        assertThat(run.result("boom").orElseThrow().status()).isEqualTo(RuleStatus.PASS);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void cancellingARunStopsItsRulesPromptly() throws Exception {
        Workspace ws = workspace();
        AtomicBoolean cancel = new AtomicBoolean();
        ReadinessEngine engine = new ReadinessEngine(Map.of(RuleKind.PATH_EXISTS, hang(), RuleKind.PATH_ABSENT, hang()),
                2, Duration.ofMinutes(5));
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
            cancel.set(true);
        });
        stopper.start();
        long start = System.nanoTime();
        ReadinessRun run = engine.run(ws, ws.rules().subList(0, 2), EMPTY, false, Clock.systemUTC(), cancelled(cancel),
                ReadinessEngine.Listener.NONE);
        assertThat(run.cancelled()).isTrue();
        assertThat(run.results()).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(RuleStatus.ERROR);
            assertThat(r.outcome().summary()).contains("cancelled");
        });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aBlockerFailureMeansNotReadyAndAnActiveWaiverTurnsItIntoARisk() {
        Workspace ws = workspace();
        Rule ok = ws.rules().get(0);
        Rule boom = ws.rules().get(1);
        ReadinessRun run = new ReadinessRun(java.time.Instant.EPOCH, java.time.Instant.EPOCH,
                java.util.Optional.empty(), List.of(RuleResult.of(ok, Outcome.fail("missing", List.of()), 1),
                RuleResult.of(boom, Outcome.pass("fine", List.of()), 1)), false);
        java.time.LocalDate today = java.time.LocalDate.parse("2026-11-21");
        assertThat(Readiness.of(run, List.of(), today).level()).isEqualTo(Readiness.Level.NOT_READY);
        Waiver waiver = new Waiver("ok", "known gap", "Mei", today, "alice", java.time.Instant.EPOCH);
        Readiness waived = Readiness.of(run, List.of(waiver), today);
        assertThat(waived.level()).isEqualTo(Readiness.Level.AT_RISK);
        assertThat(waived.total().waived()).isEqualTo(1);
        assertThat(Readiness.of(run, List.of(waiver), today.plusDays(1)).level())
                .as("an expired waiver fails again").isEqualTo(Readiness.Level.NOT_READY);
        assertThat(waived.grid().get("(no phase)").get("(none)").total()).isEqualTo(2);
    }
}
