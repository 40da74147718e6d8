package org.migrationworkbench.ui.timeline;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.ui.signoff.SignoffContext;

/**
 * The Timeline view: a {@link TimelinePage} per open workspace (per store). It evaluates the gates again whenever
 * it is shown, so checklist and sign-off changes made elsewhere show at once.
 */
public final class TimelineView {
    private final StackPane root = new StackPane();
    private final SignoffContext context;
    private TimelineViewModel model;

    /** {@code context} gives the task runner, error reporting, the evidence source and the clock for today. */
    public TimelineView(ReadOnlyObjectProperty<OpenedWorkspace> opened, SignoffContext context) {
        this.context = context;
        root.setId("timeline");
        opened.addListener((obs, was, now) -> follow(now));
        root.parentProperty().addListener((obs, was, now) -> {
            if (now != null && model != null) {
                model.load();
            }
        });
        follow(opened.get());
    }

    public Node node() {
        return root;
    }

    private void follow(OpenedWorkspace now) {
        if (now == null) {
            model = null;
            root.getChildren().clear();
        } else if (model != null && model.opened().store() == now.store()) {
            model.reloaded(now);
        } else {
            model = new TimelineViewModel(now, context);
            root.getChildren().setAll(new TimelinePage(model).node());
            if (root.getParent() != null) {
                model.load();
            }
        }
    }
}
