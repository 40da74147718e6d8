package org.migrationworkbench.faults;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small tmpfs mounted for one test, to be filled up. Needs root on Linux; the test is skipped where it cannot
 * mount. {@link #close()} unmounts it.
 */
final class TinyDisk implements AutoCloseable {
    private final Path root;
    private int fillers;

    private TinyDisk(Path root) {
        this.root = root;
    }

    /** Mounts a tmpfs of {@code size} (as mount takes it, e.g. {@code 3m}) on {@code dir}, which is created. */
    static TinyDisk mount(Path dir, String size) throws IOException {
        assumeTrue(Commands.isRoot(), "mounting a tmpfs needs root");
        Files.createDirectories(dir);
        Commands.Outcome mount = Commands.run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0755", "tmpfs",
                dir.toString());
        assumeTrue(mount.ok(), "cannot mount a tmpfs on " + dir + ": " + mount.output());
        return new TinyDisk(dir);
    }

    Path root() {
        return root;
    }

    long free() throws IOException {
        return Files.getFileStore(root).getUsableSpace();
    }

    /** Writes one more file, which leaves about {@code bytes} free. */
    void fillLeaving(long bytes) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler(++fillers))) {
            for (long left = free() - bytes; left > 0; left -= block.length) {
                out.write(block);
            }
        }
    }

    /** Deletes what {@link #fillLeaving} wrote. */
    void makeRoom() throws IOException {
        for (; fillers > 0; fillers--) {
            Files.deleteIfExists(filler(fillers));
        }
    }

    private Path filler(int n) {
        return root.resolve("filler-" + n);
    }

    @Override
    public void close() {
        if (!Commands.run("umount", root.toString()).ok()) {
            Commands.run("umount", "-l", root.toString());
        }
    }
}
