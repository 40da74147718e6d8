package org.migrationworkbench.ui.task;

import java.util.function.Consumer;
import org.migrationworkbench.core.Progress;

/** Runs each task at once on the calling thread: for view-model tests. */
public final class SameThreadTaskRunner implements TaskRunner {
    @Override
    public <T> Handle submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        T result;
        try {
            result = work.run(Progress.NONE);
        } catch (Exception e) {
            onError.accept(e);
            return () -> { };
        }
        onSuccess.accept(result);
        return () -> { };
    }
}
