package org.migrationworkbench.ui.common;

import org.migrationworkbench.core.session.OpenedWorkspace;

/** A view model of one open workspace (one store) that reads its data in the background when asked. */
public interface WorkspaceModel {
    OpenedWorkspace opened();

    /** The same store, read again from disk (workbench.yaml may have changed). */
    void reloaded(OpenedWorkspace next);

    /** Reads (again) what the view shows, in the background. */
    void load();
}
