package org.migrationworkbench.ui.readiness;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.readiness.Analysis;
import org.migrationworkbench.core.readiness.ReadinessEngine;
import org.migrationworkbench.core.readiness.ReadinessService;
import org.migrationworkbench.core.readiness.RuleResult;
import org.migrationworkbench.ui.task.TaskRunner;
import org.migrationworkbench.core.store.StoreUsage;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts one readiness run at a time as a runner task and reports back on the UI thread: each rule as it
 * starts and finishes, then the scored run. The end is always posted from the work itself, so a cancelled
 * task (whose success callback never comes) still shows what was found.
 */
final class ReadinessRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ReadinessRunner.class);

    /** What the view model hears; called on the UI thread. */
    interface Events {
        void started(Rule rule);

        void finished(RuleResult result);

        void done(Analysis analysis);

        void failed(Throwable error);
    }

    /** What to run. {@code base} is the analysis a single rule's result is merged into. */
    record Request(Workspace workspace, List<Rule> rules, Optional<String> phase, boolean trusted,
                   Optional<Boolean> rememberTrust, Optional<Analysis> base) {
    }

    private final ReadinessService service;
    private final ReadinessContext context;
    private final WorkbenchStore store;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private TaskRunner.Handle handle;

    ReadinessRunner(ReadinessService service, ReadinessContext context, WorkbenchStore store) {
        this.service = service;
        this.context = context;
        this.store = store;
    }

    void start(Request request, Events events) {
        cancelRequested.set(false);
        ReadinessEngine.Listener listener = new ReadinessEngine.Listener() {
            @Override
            public void started(Rule rule) {
                context.uiThread().execute(() -> events.started(rule));
            }

            @Override
            public void finished(RuleResult result) {
                context.uiThread().execute(() -> events.finished(result));
            }
        };
        String title = request.rules().size() == 1 ? "Checking rule " + request.rules().get(0).id()
                : "Checking readiness";
        StoreUsage.Lease lease;
        try {
            // closing the workspace cancels the run and waits for it before closing the store
            lease = store.lease(this::cancel, "the readiness run");
        } catch (RuntimeException e) {
            events.failed(e);
            return;
        }
        handle = context.runner().task(title, progress -> {
            try {
                post(events, progress, request, listener);
            } finally {
                lease.close();
            }
            return Boolean.TRUE;
        }).start();
    }

    private void post(Events events, Progress progress, Request request, ReadinessEngine.Listener listener) {
        try {
            request.rememberTrust().ifPresent(answer -> remember(request.workspace(), answer));
            Progress cancellable = cancellable(progress);
            Analysis shown = uninterrupted(() -> {
                Analysis analysis = service.analyze(request.workspace(), request.rules(), request.phase(),
                        request.trusted(), "ui", cancellable, listener);
                return request.base().map(base -> service.merge(base, analysis)).orElse(analysis);
            });
            context.uiThread().execute(() -> events.done(shown));
        } catch (RuntimeException e) {
            context.uiThread().execute(() -> events.failed(e));
        }
    }

    /**
     * Runs the analysis on a thread of its own and waits for it, taking an interrupt of the waiting thread as a
     * cancel request: the run then stops early and is still stored, and the store is never written from an
     * interrupted thread (H2 closes its file when that happens). The app's runner cancels without interrupting;
     * this guards against a runner that does.
     */
    private Analysis uninterrupted(Supplier<Analysis> analysis) {
        CompletableFuture<Analysis> result = CompletableFuture.supplyAsync(analysis, r -> {
            Thread thread = new Thread(r, "workbench-readiness-run");
            thread.setDaemon(true);
            thread.start();
        });
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return result.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                    cancelRequested.set(true);
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException cause ? cause
                            : new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void remember(Workspace workspace, boolean answer) {
        try {
            context.trust().remember(workspace.root(), answer);
        } catch (java.io.IOException e) {
            // the run goes on with the answer given; only remembering it failed
            LOG.warn("Could not remember the trust decision for {}", workspace.root(), e);
        }
    }

    /** Cancelled when the task is, or when {@link #cancel()} was called (a same-thread runner has no cancel). */
    private Progress cancellable(Progress progress) {
        return new Progress() {
            @Override
            public void begin(String task, long totalWork) {
                progress.begin(task, totalWork);
            }

            @Override
            public void worked(long units) {
                progress.worked(units);
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested.get() || progress.isCancelled();
            }
        };
    }

    void cancel() {
        cancelRequested.set(true);
        if (handle != null) {
            handle.cancel();
        }
    }
}
