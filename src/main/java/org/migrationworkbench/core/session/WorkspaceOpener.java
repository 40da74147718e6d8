package org.migrationworkbench.core.session;

import java.nio.file.Path;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.git.RepositoryInfo;
import org.migrationworkbench.core.git.RepositoryInspector;
import org.migrationworkbench.core.workspace.LoadedWorkspace;
import org.migrationworkbench.core.workspace.WorkspaceLoader;

/** Opens a workspace folder: load and validate, then read the target repository. Blocking. */
public final class WorkspaceOpener {
    private final WorkspaceLoader loader;
    private final RepositoryInspector inspector;

    public WorkspaceOpener(WorkspaceLoader loader, RepositoryInspector inspector) {
        this.loader = loader;
        this.inspector = inspector;
    }

    public OpenedWorkspace open(Path folder, Progress progress) {
        progress.begin("Loading " + folder.getFileName(), 2);
        LoadedWorkspace loaded = loader.load(folder);
        progress.worked(1);
        progress.checkCancelled();
        progress.begin("Reading repository " + loaded.workspace().target().getFileName(), 1);
        RepositoryInfo repository = inspector.inspect(loaded.workspace().target());
        progress.worked(1);
        return new OpenedWorkspace(loaded, repository);
    }
}
