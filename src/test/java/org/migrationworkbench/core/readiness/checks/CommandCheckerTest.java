package org.migrationworkbench.core.readiness.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.CancelledException;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.model.RuleKind;
import org.migrationworkbench.core.readiness.Evidence;
import org.migrationworkbench.core.readiness.Outcome;
import org.migrationworkbench.core.readiness.RuleStatus;

@DisabledOnOs(OS.WINDOWS)
class CommandCheckerTest {
    @TempDir
    Path base;

    @Test
    void untrustedWorkspaceNeverRunsTheCommand() throws Exception {
        Outcome outcome = check(false, Progress.NONE, Map.of("run", "touch ran.txt"));

        assertThat(outcome.status()).isEqualTo(RuleStatus.SKIPPED);
        assertThat(outcome.summary()).contains("not trusted", "--trust");
        assertThat(base.resolve("repo/ran.txt")).doesNotExist();
    }

    @Test
    void zeroExitPassesWithMergedOutputRunInTheRepository() throws Exception {
        Outcome outcome = check(true, Progress.NONE, Map.of("run", "touch ran.txt; echo hello; echo oops >&2"));

        assertThat(outcome.status()).isEqualTo(RuleStatus.PASS);
        assertThat(outcome.summary()).isEqualTo("'touch ran.txt; echo hello; echo oops >&2' exited with 0");
        assertThat(outcome.evidence()).contains(Evidence.note("hello"), Evidence.note("oops"));
        assertThat(base.resolve("repo/ran.txt")).exists();
    }

    @Test
    void nonZeroExitFails() throws Exception {
        Outcome outcome = check(true, Progress.NONE, Map.of("run", "echo broken; exit 3"));

        assertThat(outcome.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(outcome.summary()).endsWith("exited with 3");
    }

    @Test
    void onlyTheLastLinesOfOutputAreKept() throws Exception {
        Outcome outcome = check(true, Progress.NONE, Map.of("run", "i=0; while [ $i -lt 1000 ]; do i=$((i+1)); "
                + "echo line $i; done"));

        assertThat(outcome.evidence()).hasSize(OutputTail.MAX_LINES + 2)
                .contains(Evidence.note("… 800 earlier lines of output left out"), Evidence.note("line 1000"))
                .doesNotContain(Evidence.note("line 800"));
    }

    @Test
    void timeoutKillsTheProcessTreePromptly() throws Exception {
        long start = System.nanoTime();
        Outcome outcome = check(true, Progress.NONE, Map.of("run", "sleep 60 & echo $! > child.pid; wait",
                "timeout", 1));

        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(8000);
        assertThat(outcome.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(outcome.summary()).endsWith("timed out after 1s and was stopped");
        assertChildGone();
    }

    @Test
    void cancellationKillsTheProcessTree() throws Exception {
        long start = System.nanoTime();
        Progress cancelSoon = new Progress() {
            @Override
            public void begin(String task, long totalWork) {
            }

            @Override
            public void worked(long units) {
            }

            @Override
            public boolean isCancelled() {
                return Files.exists(base.resolve("repo/child.pid"));
            }
        };

        assertThatThrownBy(() -> check(true, cancelSoon, Map.of("run", "sleep 60 & echo $! > child.pid; wait")))
                .isInstanceOf(CancelledException.class);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(8000);
        assertChildGone();
    }

    private void assertChildGone() throws Exception {
        long pid = Long.parseLong(Files.readString(base.resolve("repo/child.pid")).trim());
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
    }

    private Outcome check(boolean trusted, Progress progress, Map<String, Object> params) throws Exception {
        return new CommandChecker().check(TestContexts.rule(RuleKind.COMMAND, params),
                TestContexts.context(base, trusted, Clock.systemUTC(), progress));
    }
}
