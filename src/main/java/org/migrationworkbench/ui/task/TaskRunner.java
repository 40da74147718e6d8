package org.migrationworkbench.ui.task;

import java.util.function.Consumer;
import org.migrationworkbench.core.Progress;

/**
 * Runs work off the UI thread. Callbacks run on the UI thread (for the FX runner) or on the calling thread
 * (for {@link SameThreadTaskRunner}); a failure reaches {@code onError} once and is never swallowed.
 */
public interface TaskRunner {
    /** Work that reports progress and honours cancellation. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** A started task; {@link #cancel()} asks it to stop. */
    interface Handle {
        void cancel();
    }

    <T> Handle submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError);

    /** Fluent start: {@code runner.task("Loading", p -> load()).onSuccess(show).onError(report).start()}. */
    default <T> Builder<T> task(String title, Work<T> work) {
        return new Builder<>(this, title, work);
    }

    /** Collects callbacks before the task starts. */
    final class Builder<T> {
        private final TaskRunner runner;
        private final String title;
        private final Work<T> work;
        private Consumer<T> onSuccess = result -> { };
        private Consumer<Throwable> onError = error -> { };

        Builder(TaskRunner runner, String title, Work<T> work) {
            this.runner = runner;
            this.title = title;
            this.work = work;
        }

        public Builder<T> onSuccess(Consumer<T> callback) {
            this.onSuccess = callback;
            return this;
        }

        public Builder<T> onError(Consumer<Throwable> callback) {
            this.onError = callback;
            return this;
        }

        public Handle start() {
            return runner.submit(title, work, onSuccess, onError);
        }
    }
}
