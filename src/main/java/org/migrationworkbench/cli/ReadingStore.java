package org.migrationworkbench.cli;

import java.io.PrintWriter;

import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.StoreSnapshot;
import org.migrationworkbench.core.store.WorkbenchStore;

/** Opens a workspace's store for a command that only reads: a snapshot when the app has it open. */
final class ReadingStore {
    private ReadingStore() {
    }

    static WorkbenchStore open(Workspace ws, PrintWriter err) {
        return StoreSnapshot.openForReading(StoreConfig.forWorkspace(ws.root()), note -> {
            err.println("workbench: note: " + note);
            err.flush();
        });
    }
}
