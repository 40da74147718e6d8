package org.migrationworkbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.core.store.WorkspaceLockedException;

/**
 * Opens a workspace's store on a background thread while the command reads the workspace, so the two cold starts
 * (YAML and H2) overlap. Only a store that already exists is opened early: a new workspace, a folder without a
 * {@code workbench.yaml} or a store named by environment variables is opened as before, after the workspace was
 * read and found valid. When the workspace does not load, the early store is closed untouched.
 */
final class EarlyStore implements AutoCloseable {
    private final Path root;
    private final Optional<CompletableFuture<WorkbenchStore>> opening;
    private boolean taken;

    private EarlyStore(Path root, Optional<CompletableFuture<WorkbenchStore>> opening) {
        this.root = root;
        this.opening = opening;
    }

    /** Starts opening the store of the workspace in {@code folder} when it exists. */
    static EarlyStore start(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        StoreConfig config;
        try {
            config = StoreConfig.forWorkspace(root);
        } catch (RuntimeException e) {
            return new EarlyStore(root, Optional.empty()); // reported when opened the usual way
        }
        boolean exists = config.databaseFile().filter(Files::isRegularFile).isPresent()
                && Files.isRegularFile(root.resolve("workbench.yaml"));
        return new EarlyStore(root, exists ? Optional.of(CompletableFuture.supplyAsync(() -> WorkbenchStore.open(
                config))) : Optional.empty());
    }

    /** The store of {@code ws}: the one opened early, or opened now. The caller closes it. */
    WorkbenchStore store(Workspace ws) {
        if (opening.isEmpty() || !ws.root().equals(root)) {
            return WorkbenchStore.open(StoreConfig.forWorkspace(ws.root()));
        }
        taken = true;
        try {
            return opening.get().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Like {@link #store}, for a command that only reads: a snapshot when another program has the workspace open. */
    WorkbenchStore storeForReading(Workspace ws, java.io.PrintWriter err) {
        try {
            return store(ws);
        } catch (WorkspaceLockedException e) {
            if (e.heldByThisJvm()) {
                throw e;
            }
            return ReadingStore.open(ws, err);
        }
    }

    /** Closes the early store when nobody took it. */
    @Override
    public void close() {
        if (!taken) {
            opening.ifPresent(f -> f.handle((store, error) -> {
                if (store != null) {
                    store.close();
                }
                return null;
            }).join());
        }
    }
}
