package org.migrationworkbench.ui.task;

import java.util.concurrent.atomic.AtomicLong;
import javafx.concurrent.Task;
import org.migrationworkbench.core.Progress;

/** A JavaFX task running core work, adapting the core {@link Progress} to the task's message and progress. */
final class WorkTask<T> extends Task<T> implements Progress {
    private final TaskRunner.Work<T> work;
    private final AtomicLong done = new AtomicLong();
    private volatile long total = -1;

    WorkTask(String title, TaskRunner.Work<T> work) {
        this.work = work;
        updateTitle(title);
    }

    @Override
    protected T call() throws Exception {
        return work.run(this);
    }

    @Override
    public void begin(String step, long totalWork) {
        total = totalWork;
        done.set(0);
        updateMessage(step);
        updateProgress(0, totalWork);
    }

    @Override
    public void worked(long units) {
        updateProgress(done.addAndGet(units), total);
    }
}
