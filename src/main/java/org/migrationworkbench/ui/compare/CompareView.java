package org.migrationworkbench.ui.compare;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.migrationworkbench.core.session.OpenedWorkspace;

/**
 * The Compare view: a {@link ComparePage} for the open workspace; a new page (and view model) for each
 * workspace opened, the same one told to reload when the workspace is read again.
 */
public final class CompareView {
    private final StackPane root = new StackPane();
    private final CompareContext context;
    private CompareViewModel model;

    public CompareView(ReadOnlyObjectProperty<OpenedWorkspace> opened, CompareContext context) {
        this.context = context;
        root.setId("compare");
        opened.addListener((obs, was, now) -> follow(now));
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
            model = new CompareViewModel(now, context);
            root.getChildren().setAll(new ComparePage(model).node());
            model.load();
        }
    }
}
