package org.migrationworkbench.ui.readiness;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.migrationworkbench.core.session.OpenedWorkspace;

/**
 * The readiness view model of the open workspace: a new one for each workspace opened (each store), the same
 * one, told to reload, when the open workspace is read again. UI thread only.
 */
public final class ReadinessSession {
    private final ReadinessContext context;
    private final ReadOnlyObjectWrapper<ReadinessViewModel> model = new ReadOnlyObjectWrapper<>();

    public ReadinessSession(ReadOnlyObjectProperty<OpenedWorkspace> opened, ReadinessContext context) {
        this.context = context;
        opened.addListener((Observable obs) -> follow(opened.get()));
        follow(opened.get());
    }

    /** The view model of the open workspace; null while none is open. */
    public ReadOnlyObjectProperty<ReadinessViewModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    private void follow(OpenedWorkspace now) {
        ReadinessViewModel current = model.get();
        if (now == null) {
            model.set(null);
        } else if (current != null && current.opened().store() == now.store()) {
            current.reloaded(now);
        } else {
            ReadinessViewModel next = new ReadinessViewModel(now, context);
            model.set(next);
            next.load();
        }
    }
}
