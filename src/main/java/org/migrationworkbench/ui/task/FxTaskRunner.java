package org.migrationworkbench.ui.task;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work as JavaFX {@link Task}s on one named, bounded pool. The running tasks are listed for the status
 * bar; {@link #running()} is only touched on the FX thread.
 * <p>
 * Cancelling is cooperative: a task's thread is never interrupted, because the work may be writing to the
 * workspace store, and H2 closes the database for every connection when a thread is interrupted inside a write
 * (NIO's ClosedByInterruptException). Cancelled work sees {@link org.migrationworkbench.core.Progress#isCancelled}
 * turn true and stops at its next check.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    private static final int THREADS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final ExecutorService executor;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    /** Tasks submitted and not yet ended on their thread; any thread. */
    private final Set<Task<?>> submitted = ConcurrentHashMap.newKeySet();

    public FxTaskRunner() {
        AtomicInteger count = new AtomicInteger();
        executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(256),
                r -> {
                    Thread thread = new Thread(r, "workbench-task-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        ((ThreadPoolExecutor) executor).allowCoreThreadTimeOut(true);
    }

    /** Tasks submitted and not finished, for display; FX thread only. */
    public ObservableList<Task<?>> running() {
        return running;
    }

    @Override
    public <T> Handle submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        WorkTask<T> task = new WorkTask<>(title, work);
        task.setOnSucceeded(e -> {
            running.remove(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running.remove(task);
            LOG.debug("Task '{}' failed", title, task.getException());
            onError.accept(task.getException());
        });
        task.setOnCancelled(e -> running.remove(task));
        running.add(task);
        submitted.add(task);
        executor.execute(() -> {
            try {
                task.run();
            } finally {
                submitted.remove(task);
            }
        });
        return () -> cancel(task);
    }

    /**
     * Asks {@code task} to stop (what the status bar's cancel button does): it is marked cancelled at once, leaves
     * {@link #running()} and never reports success or failure; its work ends at its next cancellation check.
     */
    public void cancel(Task<?> task) {
        task.cancel(false);
    }

    /** Cancels every task (cooperatively, as {@link #cancel} does) and lets the pool's threads end. */
    @Override
    public void close() {
        submitted.forEach(this::cancel);
        executor.shutdown();
    }
}
