package org.migrationworkbench.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.store.StoreUsage;
import org.migrationworkbench.ui.task.TaskRunner;

/**
 * Background work on an open workspace's store: it holds a store lease from the moment it is asked for until it
 * ends, so the store is not closed under it (a reload or another workspace opened meanwhile waits for it).
 */
public final class StoreTasks {
    private StoreTasks() {
    }

    /**
     * Runs {@code work} on {@code runner} under a lease on {@code at}'s store, titled {@code task}; then calls
     * {@code done} with its result, or {@code failed} when the lease cannot be had or the work throws (FX thread).
     */
    public static <T> void run(OpenedWorkspace at, TaskRunner runner, String task, Callable<T> work,
                               Consumer<T> done, Consumer<Throwable> failed) {
        StoreUsage.Lease lease;
        try {
            lease = at.store().lease(() -> { }, task.toLowerCase(java.util.Locale.ROOT));
        } catch (RuntimeException e) {
            failed.accept(e);
            return;
        }
        runner.task(task, p -> {
                    try (lease) {
                        return work.call();
                    }
                })
                .onSuccess(done::accept)
                .onError(failed::accept)
                .start();
    }
}
