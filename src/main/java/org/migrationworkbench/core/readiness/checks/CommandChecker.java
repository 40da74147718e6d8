package org.migrationworkbench.core.readiness.checks;

import org.migrationworkbench.core.readiness.RuleParams;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.migrationworkbench.core.CancelledException;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.readiness.Evidence;
import org.migrationworkbench.core.readiness.Outcome;
import org.migrationworkbench.core.readiness.RuleChecker;
import org.migrationworkbench.core.readiness.RuleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code command}: runs {@code run} with {@code /bin/sh -c} ({@code cmd /c} on Windows) in the target
 * repository and passes when it exits with 0. Only in a trusted workspace — a workspace from elsewhere must
 * not run code on open. Output (stdout and stderr merged) is kept as evidence, its last
 * {@value OutputTail#MAX_LINES} lines. On timeout ({@code timeout} seconds, default 300) or cancellation the
 * whole process tree is killed; a timeout fails, a cancellation throws {@link CancelledException}.
 */
public final class CommandChecker implements RuleChecker {
    private static final Logger LOG = LoggerFactory.getLogger(CommandChecker.class);
    static final long DEFAULT_TIMEOUT_SECONDS = 300;
    private static final long POLL_MILLIS = 50;

    @Override
    public Outcome check(Rule rule, RuleContext context) throws Exception {
        RuleParams params = new RuleParams(rule);
        String run = params.requiredText("run");
        if (!context.trusted()) {
            return Outcome.skipped("not run: this workspace is not trusted; commands run only in workspaces you "
                    + "trust (answer the trust prompt in the app, or pass --trust on the command line)");
        }
        long timeoutMillis = Math.round(params.number("timeout").orElse((double) DEFAULT_TIMEOUT_SECONDS) * 1000);
        LOG.info("Rule {}: running '{}' in {}", rule.id(), run, context.repository());
        Process process = new ProcessBuilder(shell(run)).directory(context.repository().toFile())
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        OutputTail output = new OutputTail(process.getInputStream(), "command-" + rule.id());
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            if (context.progress().isCancelled()) {
                killTree(process);
                LOG.info("Rule {}: cancelled, '{}' killed", rule.id(), run);
                throw new CancelledException();
            }
            if (System.nanoTime() > deadline) {
                killTree(process);
                LOG.info("Rule {}: '{}' timed out and was killed", rule.id(), run);
                return Outcome.fail("'" + run + "' timed out after " + seconds(timeoutMillis) + "s and was stopped",
                        evidence(output, run));
            }
        }
        int exit = process.exitValue();
        List<Evidence> evidence = evidence(output, run);
        String summary = "'" + run + "' exited with " + exit;
        return exit == 0 ? Outcome.pass(summary, evidence) : Outcome.fail(summary, evidence);
    }

    private static List<String> shell(String run) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return windows ? List.of("cmd.exe", "/c", run) : List.of(new File("/bin/sh").getPath(), "-c", run);
    }

    /** Kills the children first: once the parent is gone they would no longer be found as its descendants. */
    private static void killTree(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Evidence> evidence(OutputTail output, String run) throws InterruptedException {
        List<String> lines = output.lines(2000);
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.note("$ " + run));
        long dropped = output.total() - lines.size();
        if (dropped > 0) {
            evidence.add(Evidence.note("… " + dropped + " earlier lines of output left out"));
        }
        lines.forEach(line -> evidence.add(Evidence.note(line)));
        return evidence;
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }
}
