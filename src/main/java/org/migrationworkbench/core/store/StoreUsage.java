package org.migrationworkbench.core.store;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.migrationworkbench.core.WorkbenchException;

/**
 * Background work that uses a store holds a lease; closing the store first asks every holder to stop (its cancel
 * hook), then waits for the leases to end, so work never writes to a closed database.
 */
public final class StoreUsage {
    /** A lease on the store; close it when the work is over. */
    public interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    private final Set<Runnable> cancels = ConcurrentHashMap.newKeySet();
    private int active;
    private boolean closing;

    synchronized Lease acquire(Runnable cancel, String what) {
        if (closing) {
            throw new WorkbenchException("The workspace is being closed; " + what + " was not started.");
        }
        active++;
        cancels.add(cancel);
        return new Lease() {
            private boolean released;

            @Override
            public void close() {
                synchronized (StoreUsage.this) {
                    if (!released) {
                        released = true;
                        cancels.remove(cancel);
                        active--;
                        StoreUsage.this.notifyAll();
                    }
                }
            }
        };
    }

    /** Refuses new leases, cancels the holders and waits up to {@code limit} for them; false when time ran out. */
    boolean drain(Duration limit) {
        synchronized (this) {
            closing = true;
        }
        cancels.forEach(Runnable::run);
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (this) {
            while (active > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }
}
