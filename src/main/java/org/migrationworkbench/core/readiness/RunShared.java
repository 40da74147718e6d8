package org.migrationworkbench.core.readiness;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.migrationworkbench.core.CancelledException;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.model.Rule;

/**
 * What the rules of one run may share: the list of rules in the run, and work done once for several of them (the
 * first rule to ask does it; the others wait for its result, still answering their own cancellation). Used by
 * pattern rules over the same files, which are searched in one pass. Thread-safe.
 */
public final class RunShared {
    /** Nothing shared: every rule does its own work. */
    public static final RunShared NONE = new RunShared(List.of());

    private final List<Rule> rules;
    private final ConcurrentHashMap<Object, CompletableFuture<Object>> work = new ConcurrentHashMap<>();

    public RunShared(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of this run. */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * The result of {@code work} for {@code key}, computed by the first caller; later callers wait for it, and
     * stop waiting with {@link CancelledException} when their {@code progress} is cancelled. A failure of the
     * work is thrown to every caller.
     */
    @SuppressWarnings("unchecked")
    public <T> T once(Object key, Supplier<T> job, Progress progress) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> first = work.putIfAbsent(key, mine);
        if (first == null) {
            try {
                T result = job.get();
                mine.complete(result);
                return result;
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e);
                throw e;
            }
        }
        while (true) {
            progress.checkCancelled();
            try {
                return (T) first.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // check cancellation, then wait again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
