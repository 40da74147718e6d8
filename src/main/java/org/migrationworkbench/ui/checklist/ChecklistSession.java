package org.migrationworkbench.ui.checklist;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.migrationworkbench.core.session.OpenedWorkspace;

/**
 * The checklist view model of the open workspace: a new one for each workspace opened (each store), the
 * same one, told to reload, when the open workspace is read again. UI thread only.
 */
public final class ChecklistSession {
    private final ChecklistContext context;
    private final ReadOnlyObjectWrapper<ChecklistViewModel> model = new ReadOnlyObjectWrapper<>();

    public ChecklistSession(ReadOnlyObjectProperty<OpenedWorkspace> opened, ChecklistContext context) {
        this.context = context;
        // an invalidation, not a change: a reload with an unchanged workbench.yaml gives an equal workspace,
        // and its checklist files may still have changed (F5)
        opened.addListener((Observable obs) -> follow(opened.get()));
        follow(opened.get());
    }

    /** The view model of the open workspace; null while none is open. */
    public ReadOnlyObjectProperty<ChecklistViewModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    private void follow(OpenedWorkspace now) {
        ChecklistViewModel current = model.get();
        if (now == null) {
            model.set(null);
        } else if (current != null && current.opened().store() == now.store()) {
            current.reloaded(now);
        } else {
            ChecklistViewModel next = new ChecklistViewModel(now, context);
            model.set(next);
            next.load();
        }
    }
}
