package org.migrationworkbench.core.session;

import java.nio.file.Path;
import java.util.function.Function;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.git.RepositoryInfo;
import org.migrationworkbench.core.git.RepositoryInspector;
import org.migrationworkbench.core.store.AuditLog;
import org.migrationworkbench.core.store.JdbcAuditLog;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.core.workspace.LoadedWorkspace;
import org.migrationworkbench.core.workspace.WorkspaceLoader;

/**
 * Opens a workspace folder: load and validate it first (an invalid workspace never gets a store), then open
 * its store (lock, backup, migrate), then read the target repository. Blocking; call off the UI thread.
 */
public final class WorkspaceOpener {
    private final WorkspaceLoader loader;
    private final RepositoryInspector inspector;
    private final Function<Path, StoreConfig> storeConfig;
    private final String actor;

    public WorkspaceOpener(WorkspaceLoader loader, RepositoryInspector inspector,
                           Function<Path, StoreConfig> storeConfig, String actor) {
        this.loader = loader;
        this.inspector = inspector;
        this.storeConfig = storeConfig;
        this.actor = actor;
    }

    public OpenedWorkspace open(Path folder, Progress progress) {
        progress.begin("Loading " + folder.getFileName(), 3);
        LoadedWorkspace loaded = loader.load(folder);
        progress.worked(1);
        progress.checkCancelled();
        WorkbenchStore store = WorkbenchStore.open(storeConfig.apply(loaded.workspace().root()));
        try {
            AuditLog audit = new JdbcAuditLog(store.dataSource());
            audit.append(actor, "workspace.opened", loaded.workspace().root().toString(), loaded.workspace().name());
            progress.worked(1);
            RepositoryInfo repository = inspector.inspect(loaded.workspace().target());
            progress.worked(1);
            return new OpenedWorkspace(loaded, repository, store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Reads the workspace files and repository again, keeping the open store. */
    public OpenedWorkspace reload(OpenedWorkspace current, Progress progress) {
        progress.begin("Reloading " + current.workspace().root().getFileName(), 2);
        LoadedWorkspace loaded = loader.load(current.workspace().root());
        progress.worked(1);
        RepositoryInfo repository = inspector.inspect(loaded.workspace().target());
        progress.worked(1);
        return new OpenedWorkspace(loaded, repository, current.store());
    }
}
