package org.migrationworkbench.core.compare.text;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.migrationworkbench.core.CancelledException;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.WorkbenchException;

/**
 * Reads the old lines of each hunk on a thread of its own, a bounded number of hunks ahead, while the caller
 * reads the new lines: the two files are read at the same time. Each hunk has at most
 * {@value TextComparator#CHUNK_LINES} lines a side, so the queue bounds memory.
 */
final class OldLinesAhead implements AutoCloseable {
    private static final int AHEAD = 64;

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread reader;
    private volatile boolean closed;

    OldLinesAhead(LineFile oldLines, List<Edit> edits, Progress progress) {
        reader = new Thread(() -> readAll(oldLines, edits, progress), "text-compare-old-lines");
        reader.setDaemon(true);
        reader.start();
    }

    private void readAll(LineFile oldLines, List<Edit> edits, Progress progress) {
        try {
            for (Edit e : edits) {
                if (closed || progress.isCancelled()) {
                    return;
                }
                put(oldLines.lines(e.oldStart(), e.oldEnd()));
            }
        } catch (RuntimeException e) {
            put(e);
        }
    }

    private void put(Object item) {
        try {
            while (!closed && !queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                // the consumer is slow or gone; closed tells
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The old lines of the next hunk; CancelledException when the reader stopped early (cancelled). */
    @SuppressWarnings("unchecked")
    List<String> next() {
        try {
            Object item;
            while ((item = queue.poll(50, TimeUnit.MILLISECONDS)) == null) {
                if (!reader.isAlive() && queue.isEmpty()) {
                    throw new CancelledException();
                }
            }
            if (item instanceof RuntimeException e) {
                throw e;
            }
            return (List<String>) item;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkbenchException("Interrupted while stopping the reader of old lines.", e);
        }
    }
}
