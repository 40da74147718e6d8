package org.migrationworkbench.core.session;

import java.util.Objects;
import org.migrationworkbench.core.git.RepositoryInfo;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.workspace.LoadedWorkspace;

/** A workspace that is open: its validated declaration and the facts read from its target repository. */
public record OpenedWorkspace(LoadedWorkspace loaded, RepositoryInfo repository) {
    public OpenedWorkspace {
        Objects.requireNonNull(loaded, "loaded");
        Objects.requireNonNull(repository, "repository");
    }

    public Workspace workspace() {
        return loaded.workspace();
    }
}
