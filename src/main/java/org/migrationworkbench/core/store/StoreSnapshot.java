package org.migrationworkbench.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.migrationworkbench.core.UserWorkspaceDir;
import org.migrationworkbench.core.WorkbenchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reading beside a writer: when another program has the workspace open, a command that only reads works on a copy
 * of its store taken now. The chain head is copied before the database, so the copy holds at least the records the
 * head names (the writer commits before it moves the head). H2 keeps the chunks of the last 45 seconds in place, so a
 * copy made meanwhile opens as of the last complete commit; a copy that does not open is taken again. Writes to the
 * copy are lost with it; commands that write open the store itself and take turns.
 */
public final class StoreSnapshot {
    private static final Logger LOG = LoggerFactory.getLogger(StoreSnapshot.class);
    private static final int ATTEMPTS = 3;

    private StoreSnapshot() {
    }

    /**
     * The store of {@code config} when it is free; else, when another program holds it, a snapshot of it, with a
     * line for the user passed to {@code note}.
     *
     * @throws WorkspaceLockedException when this JVM holds it, or there is no file to copy
     */
    public static WorkbenchStore openForReading(StoreConfig config, Consumer<String> note) {
        Optional<Path> dir = config.workbenchDir();
        if (dir.isPresent() && Files.isDirectory(dir.get()) && !Files.isWritable(dir.get())
                && config.databaseFile().filter(Files::exists).isPresent()) {
            // a read-only folder (a read-only mount, say): the lock file cannot be written, the copy can be read
            WorkbenchStore snapshot = take(config, new WorkbenchException("The folder " + dir.get() + " is read-only and its store could not be copied."));
            note.accept("The folder " + dir.get() + " is read-only. Reading a snapshot of its store.");
            return snapshot;
        }
        try {
            return WorkbenchStore.open(config);
        } catch (WorkspaceLockedException e) {
            if (e.heldByThisJvm() || config.databaseFile().isEmpty()) {
                throw e;
            }
            WorkbenchStore snapshot = take(config, e);
            note.accept(e.getMessage().replace(" Close it there, or open a different workspace.", "")
                    + " Reading a snapshot of its store taken now; commands that write must wait until it is closed.");
            return snapshot;
        }
    }

    private static WorkbenchStore take(StoreConfig config, RuntimeException why) {
        RuntimeException last = why;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Path root = null;
            try {
                root = Files.createTempDirectory("migration-workbench-snapshot");
                Path dir = Files.createDirectories(root.resolve(StoreConfig.DIRECTORY));
                Path head = config.workbenchDir().orElseThrow().resolve("signoffs.head");
                if (Files.exists(head)) {
                    Files.copy(head, dir.resolve("signoffs.head"));
                }
                Files.copy(config.databaseFile().orElseThrow(), dir.resolve("workbench.mv.db"));
                WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(root, Map.of()));
                Path copy = root;
                Path mine = UserWorkspaceDir.of(root);
                store.afterClose(() -> {
                    deleteTree(copy);
                    deleteTree(mine);
                });
                return store;
            } catch (IOException | StoreCorruptException e) {
                LOG.info("Snapshot {} of {} failed: {}", attempt, config, e.getMessage());
                last = e instanceof RuntimeException r ? r : new WorkbenchException("Could not copy the store of "
                        + config.databaseFile().orElseThrow() + " to read it: " + e.getMessage(), e);
                deleteTree(root);
            }
        }
        throw last;
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try {
            Folders.delete(dir);
        } catch (IOException e) {
            LOG.warn("Could not remove the store snapshot {}: {}", dir, e.getMessage());
        }
    }
}
