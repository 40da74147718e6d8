package org.migrationworkbench.faults;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

/**
 * A folder made read-only for one test in a way that also holds for root, who ignores file permissions: immutable
 * ({@code chattr +i}: nothing can be created, renamed or deleted in it, its files stay writable) or a read-only bind
 * mount of itself (nothing in it can be written). Tests are skipped where neither can be set up.
 */
final class ReadOnlyFolder implements AutoCloseable {
    /** How the folder is made read-only. */
    enum Kind {
        IMMUTABLE, READ_ONLY_MOUNT
    }

    private final Kind kind;
    private final Path folder;

    private ReadOnlyFolder(Kind kind, Path folder) {
        this.kind = kind;
        this.folder = folder;
    }

    static ReadOnlyFolder of(Kind kind, Path folder) {
        String dir = folder.toString();
        if (kind == Kind.IMMUTABLE) {
            Commands.Outcome set = Commands.run("chattr", "+i", dir);
            assumeTrue(set.ok(), "chattr +i is not possible here: " + set.output());
        } else {
            assumeTrue(Commands.isRoot(), "a bind mount needs root");
            Commands.Outcome bind = Commands.run("mount", "--bind", dir, dir);
            assumeTrue(bind.ok(), "mount --bind is not possible here: " + bind.output());
            Commands.Outcome readOnly = Commands.run("mount", "-o", "remount,bind,ro", dir);
            if (!readOnly.ok()) {
                Commands.run("umount", dir);
            }
            assumeTrue(readOnly.ok(), "a bind mount cannot be made read-only here: " + readOnly.output());
        }
        return new ReadOnlyFolder(kind, folder);
    }

    /** Makes the folder writable again. */
    @Override
    public void close() {
        String dir = folder.toString();
        if (kind == Kind.IMMUTABLE) {
            Commands.run("chattr", "-i", dir);
        } else if (!Commands.run("umount", dir).ok()) {
            Commands.run("umount", "-l", dir);
        }
    }
}
