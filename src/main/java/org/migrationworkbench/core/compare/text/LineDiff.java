package org.migrationworkbench.core.compare.text;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.compare.TextOptions;

/**
 * The line diff of two files: both are read at the same time (the old one on a thread of its own), then aligned
 * ({@link LineAligner}) and cut into hunks ({@link Hunks}). Keeps only what reading lines again needs.
 */
record LineDiff(LineTable oldTable, LineTable newTable, List<Edit> edits) {

    /** {@code maxLine}: the longest line read, in bytes ({@link LineScanner}). */
    static LineDiff of(Path oldFile, Path newFile, TextOptions options, Progress progress, int maxLine) {
        LineTable[] tables = scanBoth(oldFile, newFile, options, progress, maxLine);
        LineAligner.Common common = new LineAligner(tables[0], tables[1], progress).align();
        progress.checkCancelled();
        List<Edit> edits = Hunks.of(common, tables[0], tables[1], options.ignoreBlankLines());
        return new LineDiff(tables[0], tables[1], edits);
    }

    private static LineTable[] scanBoth(Path oldFile, Path newFile, TextOptions options, Progress progress,
                                        int maxLine) {
        AtomicBoolean failed = new AtomicBoolean();
        Progress shared = new Progress() {
            @Override
            public void begin(String task, long totalWork) {
                progress.begin(task, totalWork);
            }

            @Override
            public void worked(long units) {
                progress.worked(units);
            }

            @Override
            public boolean isCancelled() {
                return failed.get() || progress.isCancelled();
            }
        };
        FutureTask<LineTable> oldScan = new FutureTask<>(() -> new LineScanner(options, shared, maxLine)
                .scan(oldFile));
        Thread worker = new Thread(oldScan, "text-compare-read");
        worker.setDaemon(true);
        worker.start();
        LineTable newTable;
        try {
            newTable = new LineScanner(options, shared, maxLine).scan(newFile);
        } catch (RuntimeException e) {
            failed.set(true);
            awaitQuietly(oldScan);
            throw e;
        }
        return new LineTable[] {await(oldScan), newTable};
    }

    private static LineTable await(FutureTask<LineTable> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkbenchException("Interrupted while reading the old file.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new WorkbenchException("Reading the old file failed: " + e.getCause(), e.getCause());
        }
    }

    /** Waits for the other reader to stop; its failure (usually the cancel caused by ours) is not reported. */
    private static void awaitQuietly(FutureTask<LineTable> task) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // the first failure is the one reported
        }
    }
}
