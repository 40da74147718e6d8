package org.migrationworkbench.testing;

import java.util.concurrent.atomic.AtomicLong;
import org.migrationworkbench.core.Progress;

/** A progress for tests: remembers the announced total and the units worked; optionally cancelled from the start. */
public final class CountingProgress implements Progress {
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong worked = new AtomicLong();
    private final boolean cancelled;

    private CountingProgress(boolean cancelled) {
        this.cancelled = cancelled;
    }

    public static CountingProgress counting() {
        return new CountingProgress(false);
    }

    /** Cancelled before any work starts. */
    public static CountingProgress cancelled() {
        return new CountingProgress(true);
    }

    @Override
    public void begin(String task, long totalWork) {
        total.set(totalWork);
    }

    @Override
    public void worked(long units) {
        worked.addAndGet(units);
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    /** The total of the last {@link #begin}. */
    public long total() {
        return total.get();
    }

    public long worked() {
        return worked.get();
    }
}
