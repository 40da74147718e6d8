package org.migrationworkbench.core.readiness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.migrationworkbench.core.CancelledException;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.model.RuleKind;
import org.migrationworkbench.core.model.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs readiness rules in parallel on a bounded pool. Each rule has a time limit; a rule that throws or runs
 * out of time is an {@link RuleStatus#ERROR} with the reason, never hidden and never a pass. Cancelling the
 * run's progress stops the rules that have not finished (they report cancelled as an error) and returns at
 * once with what is known. Blocking; call off the UI thread.
 */
public final class ReadinessEngine {
    private static final Logger LOG = LoggerFactory.getLogger(ReadinessEngine.class);

    /**
     * Told about each rule as it starts and finishes, on the rule's pool thread. That thread is interrupted when
     * the rule is abandoned or the run ends, so a listener must not write to the store (H2 closes the database
     * when a writing thread is interrupted); the run is stored by the caller, on its own thread.
     */
    public interface Listener {
        Listener NONE = new Listener() { };

        default void started(Rule rule) {
        }

        default void finished(RuleResult result) {
        }
    }

    /** Time a rule gets after its limit to notice cancellation before it is interrupted and abandoned. */
    private static final long GRACE_NANOS = 2_000_000_000L;

    private final Map<RuleKind, RuleChecker> checkers;
    private final int threads;
    private final Duration ruleTimeout;

    public ReadinessEngine(Map<RuleKind, RuleChecker> checkers, int threads, Duration ruleTimeout) {
        this.checkers = Map.copyOf(checkers);
        this.threads = Math.max(1, threads);
        this.ruleTimeout = ruleTimeout;
    }

    public ReadinessRun run(Workspace workspace, List<Rule> rules, FileTree files, boolean trusted, Clock clock,
                            Progress progress, Listener listener) {
        Instant started = clock.instant();
        progress.begin("Checking " + rules.size() + " readiness rules", rules.size());
        AtomicInteger names = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, rules.size())), r -> {
            Thread thread = new Thread(r, "workbench-rule-" + names.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<Rule, Long> startedAt = new java.util.concurrent.ConcurrentHashMap<>();
            RunShared shared = new RunShared(rules);
            List<Future<RuleResult>> futures = new ArrayList<>();
            for (Rule rule : rules) {
                futures.add(pool.submit(() -> {
                    startedAt.put(rule, System.nanoTime());
                    return runOne(new Run(workspace, files, trusted, clock, shared), rule, progress, listener);
                }));
            }
            List<RuleResult> results = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                results.add(await(futures.get(i), rules.get(i), progress, startedAt));
            }
            return new ReadinessRun(started, clock.instant(), Optional.empty(), results, progress.isCancelled());
        } finally {
            pool.shutdownNow();
        }
    }

    /** What every rule of a run gets. */
    private record Run(Workspace workspace, FileTree files, boolean trusted, Clock clock, RunShared shared) {
    }

    private RuleResult runOne(Run run, Rule rule, Progress runProgress, Listener listener) {
        listener.started(rule);
        long start = System.nanoTime();
        RuleProgress progress = new RuleProgress(runProgress, start, ruleTimeout);
        Outcome outcome;
        try {
            RuleChecker checker = checkers.get(rule.kind());
            if (checker == null) {
                throw new IllegalStateException("no checker for rule kind '" + rule.kind().id() + "'");
            }
            outcome = checker.check(rule, new RuleContext(run.workspace(), run.files(), run.trusted(), run.clock(),
                    progress, run.shared()));
            if (progress.timedOut()) {
                outcome = timedOut();
            }
        } catch (CancelledException e) {
            outcome = progress.timedOut() ? timedOut() : error("cancelled before it finished");
        } catch (Exception | StackOverflowError e) {
            LOG.info("Rule {} failed to run", rule.id(), e);
            outcome = error(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        RuleResult result = RuleResult.of(rule, outcome, (System.nanoTime() - start) / 1_000_000);
        runProgress.worked(1);
        listener.finished(result);
        return result;
    }

    private Outcome timedOut() {
        return error("timed out after " + ruleTimeout.toSeconds() + " s");
    }

    private static Outcome error(String message) {
        return new Outcome(RuleStatus.ERROR, message, List.of());
    }

    /** Waits for a rule, giving up (as an error) when the run is cancelled. */
    private RuleResult await(Future<RuleResult> future, Rule rule, Progress progress, Map<Rule, Long> startedAt) {
        while (true) {
            try {
                return future.get(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                if (progress.isCancelled()) {
                    future.cancel(true);
                    return RuleResult.of(rule, error("cancelled before it finished"), 0);
                }
                Long start = startedAt.get(rule);
                if (start != null && System.nanoTime() - start > ruleTimeout.toNanos() + GRACE_NANOS) {
                    future.cancel(true);
                    LOG.warn("Rule {} ignored its time limit and was abandoned", rule.id());
                    return RuleResult.of(rule, timedOut(), (System.nanoTime() - start) / 1_000_000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                future.cancel(true);
                return RuleResult.of(rule, error("interrupted"), 0);
            } catch (ExecutionException e) {
                return RuleResult.of(rule, error(String.valueOf(e.getCause())), 0);
            }
        }
    }

    /** A rule's view of the run's progress: cancelled when the run is, or when the rule is out of time. */
    private static final class RuleProgress implements Progress {
        private final Progress run;
        private final long deadline;
        private volatile boolean timedOut;

        RuleProgress(Progress run, long startNanos, Duration limit) {
            this.run = run;
            this.deadline = startNanos + limit.toNanos();
        }

        @Override
        public void begin(String task, long totalWork) {
        }

        @Override
        public void worked(long units) {
        }

        @Override
        public boolean isCancelled() {
            if (!timedOut && System.nanoTime() > deadline) {
                timedOut = true;
            }
            return timedOut || run.isCancelled();
        }

        boolean timedOut() {
            isCancelled();
            return timedOut;
        }
    }
}
