package org.migrationworkbench.ui.task;

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
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    private static final int THREADS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final ExecutorService executor;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();

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
        executor.execute(task);
        return () -> task.cancel(true);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
