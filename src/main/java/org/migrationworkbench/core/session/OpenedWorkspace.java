package org.migrationworkbench.core.session;

import java.util.Objects;
import org.migrationworkbench.core.git.RepositoryInfo;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.core.workspace.LoadedWorkspace;

/**
 * A workspace that is open: its validated declaration, the facts read from its target repository and its
 * progress store. Whoever holds the last one for a folder closes it through {@link #close()}.
 */
public record OpenedWorkspace(LoadedWorkspace loaded, RepositoryInfo repository, WorkbenchStore store)
        implements AutoCloseable {
    public OpenedWorkspace {
        Objects.requireNonNull(loaded, "loaded");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(store, "store");
    }

    public Workspace workspace() {
        return loaded.workspace();
    }

    /** Closes the store (and releases the workspace lock). */
    @Override
    public void close() {
        store.close();
    }
}
