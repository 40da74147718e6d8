package org.migrationworkbench.core.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;

import org.migrationworkbench.core.WorkbenchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An exclusive OS lock on {@code .workbench/workbench.lock}, held while a workspace is open. The file names the
 * holder (pid, host, start time) so that a second opener can say who has it. The OS drops the lock when the holder
 * dies, even by kill -9, so a stale file never blocks anyone.
 */
final class WorkspaceLock implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceLock.class);
    /**
     * The locked byte lies far past the holder's text: on Windows a locked range cannot be read by others, and
     * the second opener must read the pid.
     */
    private static final long LOCKED_BYTE = 1L << 30;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock, creating the folder and the file as needed.
     *
     * @throws WorkspaceLockedException when another process or this JVM holds it
     * @throws WorkbenchException       when the file cannot be created or locked
     */
    static WorkspaceLock acquire(Path file) {
        FileChannel channel = openChannel(file);
        try {
            FileLock lock = channel.tryLock(LOCKED_BYTE, 1, false);
            if (lock == null) {
                closeQuietly(channel);
                throw WorkspaceLockedException.otherProcess(readPid(file));
            }
            WorkspaceLock held = new WorkspaceLock(file, channel, lock);
            held.writeHolder();
            return held;
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw WorkspaceLockedException.sameWindow();
        } catch (IOException e) {
            closeQuietly(channel);
            throw new WorkbenchException("Could not lock the workspace file " + file + ": " + e.getMessage()
                    + ". Check that the workspace folder is writable.", e);
        }
    }

    private static FileChannel openChannel(Path file) {
        try {
            Files.createDirectories(file.getParent());
            // no TRUNCATE_EXISTING: the file may belong to a live holder whose pid we must still read
            return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new WorkbenchException("Could not create " + file + ": " + e.getMessage()
                    + ". Check that the workspace folder is writable.", e);
        }
    }

    private void writeHolder() throws IOException {
        String text = "pid=" + ProcessHandle.current().pid() + "\nhost=" + hostName() + "\nstarted="
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
    }

    /** The pid the holder wrote, or empty if the file is unreadable or the holder has not written it yet. */
    static OptionalLong readPid(Path file) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("pid=")) {
                    return OptionalLong.of(Long.parseLong(line.substring(4).strip()));
                }
            }
        } catch (IOException | NumberFormatException e) {
            LOG.debug("Could not read the holder of {}", file, e);
        }
        return OptionalLong.empty();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * Empties the file and releases the lock. The file itself stays: deleting it would let a waiting opener lock
     * the deleted file while a third one creates and locks a new one.
     */
    @Override
    public void close() {
        try {
            channel.truncate(0);
        } catch (IOException e) {
            LOG.debug("Could not empty {}", file, e);
        }
        try {
            lock.release();
        } catch (IOException e) {
            LOG.warn("Could not release the workspace lock {}", file, e);
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("Could not close a lock file channel", e);
        }
    }
}
