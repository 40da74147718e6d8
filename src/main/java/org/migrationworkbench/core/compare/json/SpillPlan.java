package org.migrationworkbench.core.compare.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.migrationworkbench.core.WorkbenchException;

/**
 * Decides, for both sides together, whether the record indexes stay in memory or spill to disk partitions:
 * once the indexes of both sides hold more than the budget, every side writes its entries to N partition files
 * by key hash, N chosen so that one partition of both sides fits in the budget. Thread-safe.
 */
final class SpillPlan implements AutoCloseable {
    private final long budget;
    private final Optional<Path> baseDirectory;
    private final long totalInputBytes;
    private final AtomicLong used = new AtomicLong();
    private volatile int partitions;
    private Path directory;

    SpillPlan(long budget, Optional<Path> baseDirectory, long totalInputBytes) {
        this.budget = Math.max(1, budget);
        this.baseDirectory = baseDirectory;
        this.totalInputBytes = totalInputBytes;
    }

    /**
     * A side reports that its in-memory index grew by {@code delta} bytes, holding {@code sideBytes} for
     * {@code sideInput} bytes read. Returns the number of partitions to spill to (0: stay in memory).
     */
    int account(long delta, long sideBytes, long sideInput) {
        long now = used.addAndGet(delta);
        if (partitions == 0 && now > budget) {
            decide(sideBytes, Math.max(1, sideInput));
        }
        return partitions;
    }

    private synchronized void decide(long sideBytes, long sideInput) {
        if (partitions != 0) {
            return;
        }
        double estimate = (double) sideBytes / sideInput * totalInputBytes;
        int n = (int) Math.min(4096, Math.max(2, Math.ceil(3 * estimate / budget)));
        directory = createDirectory();
        partitions = n;
    }

    /** Forces spilling (used when one side finished in memory after the other side started to spill). */
    int partitions() {
        return partitions;
    }

    void release(long bytes) {
        used.addAndGet(-bytes);
    }

    synchronized Path directory() {
        return directory;
    }

    private Path createDirectory() {
        try {
            Path base = baseDirectory.orElse(Path.of(System.getProperty("java.io.tmpdir")));
            Files.createDirectories(base);
            return Files.createTempDirectory(base, "json-compare-spill-");
        } catch (IOException e) {
            throw new WorkbenchException("Cannot create a spill folder for the JSON comparison under "
                    + baseDirectory.map(Path::toString).orElse("the temp folder") + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the spill folder and everything in it. */
    @Override
    public synchronized void close() {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        directory = null;
    }
}
