package org.migrationworkbench.core.compare.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.stream.Stream;
import org.migrationworkbench.core.WorkbenchException;

/**
 * The spill files of one comparison: one per side and partition, in a fresh directory under the configured
 * spill directory (or the system temp directory), created on first use and deleted on close. Thread-safe.
 */
final class Spill implements AutoCloseable {
    private final Optional<Path> parent;
    private Path directory;

    Spill(Optional<Path> parent) {
        this.parent = parent;
    }

    /** Appends {@code data[0, length)} to the spill file of a side's partition. */
    void append(String side, int partition, byte[] data, int length) {
        Path file = path(side, partition);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buf = ByteBuffer.wrap(data, 0, length);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
        } catch (IOException e) {
            throw new WorkbenchException("Cannot write the row index to " + file + " (" + e.getMessage()
                    + "); free disk space or choose another spill directory.", e);
        }
    }

    /** The spill file of a side's partition, when anything was spilled to it. */
    synchronized Optional<Path> file(String side, int partition) {
        if (directory == null) {
            return Optional.empty();
        }
        Path file = directory.resolve(side + "-" + partition + ".idx");
        return Files.exists(file) ? Optional.of(file) : Optional.empty();
    }

    private synchronized Path path(String side, int partition) {
        if (directory == null) {
            try {
                Path base = parent.orElse(Path.of(System.getProperty("java.io.tmpdir")));
                Files.createDirectories(base);
                directory = Files.createTempDirectory(base, "mw-csv-");
            } catch (IOException e) {
                throw new WorkbenchException("Cannot create a spill directory under "
                        + parent.map(Path::toString).orElse("the temp directory") + " (" + e.getMessage() + ").", e);
            }
        }
        return directory.resolve(side + "-" + partition + ".idx");
    }

    @Override
    public synchronized void close() {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            throw new WorkbenchException("Cannot delete the spill directory " + directory + " (" + e.getMessage()
                    + ").", e);
        }
        directory = null;
    }
}
