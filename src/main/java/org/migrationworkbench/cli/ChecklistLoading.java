package org.migrationworkbench.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.migrationworkbench.core.session.StoreServices;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.checklist.ChecklistService;
import org.migrationworkbench.core.checklist.LoadedChecklist;
import org.migrationworkbench.core.model.Checklist;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.core.workspace.WorkspaceLoader;

/** Loads checklists with their progress for a command: opens the workspace store for the duration. */
final class ChecklistLoading {
    private ChecklistLoading() {
    }

    /** Every checklist of {@code ws}, read from a snapshot of the store when the app has it open. */
    static List<LoadedChecklist> loadAll(Workspace ws, java.io.PrintWriter err) {
        List<LoadedChecklist> loaded = new ArrayList<>();
        try (WorkbenchStore store = ReadingStore.open(ws, err)) {
            ChecklistService service = service(store);
            for (Checklist checklist : ws.checklists()) {
                loaded.add(service.load(checklist));
            }
        }
        return loaded;
    }

    /** One checklist of the workspace at {@code root}, freshly synced with its guide. */
    static LoadedChecklist load(Path root, String checklistId) {
        Workspace ws = new WorkspaceLoader().load(root).workspace();
        Checklist checklist = ws.checklists().stream().filter(c -> c.id().equals(checklistId)).findFirst()
                .orElseThrow(() -> new WorkbenchException("Checklist '" + checklistId + "' is not declared in "
                        + ws.manifest()));
        try (WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(ws.root()))) {
            return service(store).load(checklist);
        }
    }

    static ChecklistService service(WorkbenchStore store) {
        return StoreServices.checklists(store, Clock.systemUTC());
    }
}
