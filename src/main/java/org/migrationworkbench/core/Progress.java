package org.migrationworkbench.core;

/**
 * Progress and cancellation for long core operations, with no UI types (in the spirit of JGit's
 * ProgressMonitor). Implementations must be safe to call from any thread.
 */
public interface Progress {
    /** A progress that reports nowhere and is never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void begin(String task, long totalWork) {
        }

        @Override
        public void worked(long units) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Starts a named step; {@code totalWork} is the number of units or -1 when unknown. */
    void begin(String task, long totalWork);

    /** Reports {@code units} more units of the current step done. */
    void worked(long units);

    /** True once the user asked to stop; long operations check it and stop early. */
    boolean isCancelled();

    /** Throws {@link CancelledException} when the user asked to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
