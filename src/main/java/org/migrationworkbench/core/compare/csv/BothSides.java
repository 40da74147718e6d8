package org.migrationworkbench.core.compare.csv;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.migrationworkbench.core.CancelledException;
import org.migrationworkbench.core.Progress;

/**
 * Runs two tasks at once (one on a thread of its own, one on the caller's) and waits for both. When one
 * fails, the other is asked to stop through the supplier it gets; the first real failure is rethrown.
 */
final class BothSides {
    private BothSides() {
    }

    static void run(Progress progress, Consumer<BooleanSupplier> first, Consumer<BooleanSupplier> second) {
        AtomicBoolean failed = new AtomicBoolean();
        AtomicReference<RuntimeException> error = new AtomicReference<>();
        BooleanSupplier stop = () -> failed.get() || progress.isCancelled();
        Thread other = new Thread(() -> guarded(first, stop, failed, error), "csv-compare");
        other.setDaemon(true);
        other.start();
        guarded(second, stop, failed, error);
        try {
            other.join();
        } catch (InterruptedException e) {
            failed.set(true);
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
        if (error.get() != null) {
            throw error.get();
        }
    }

    private static void guarded(Consumer<BooleanSupplier> task, BooleanSupplier stop, AtomicBoolean failed,
                                AtomicReference<RuntimeException> error) {
        try {
            task.accept(stop);
        } catch (RuntimeException | Error e) {
            RuntimeException r = e instanceof RuntimeException re ? re : new IllegalStateException(e);
            boolean knockOn = failed.getAndSet(true) && r instanceof CancelledException;
            if (!knockOn) {
                error.compareAndSet(null, r);
            }
        }
    }
}
