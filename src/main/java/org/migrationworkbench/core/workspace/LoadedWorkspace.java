package org.migrationworkbench.core.workspace;

import java.util.List;
import org.migrationworkbench.core.model.Workspace;

/** A valid workspace and the warnings found while loading it. */
public record LoadedWorkspace(Workspace workspace, List<Problem> warnings) {
    public LoadedWorkspace {
        warnings = List.copyOf(warnings);
    }
}
