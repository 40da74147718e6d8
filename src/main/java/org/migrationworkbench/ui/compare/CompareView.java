package org.migrationworkbench.ui.compare;

import org.migrationworkbench.ui.common.PairOpener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.migrationworkbench.core.session.OpenedWorkspace;

/**
 * The Compare view: a {@link ComparePage} for the open workspace; a new page (and view model) for each
 * workspace opened, the same one told to reload when the workspace is read again.
 */
public final class CompareView implements PairOpener {
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

    /** Opens a pair side by side on the page of the open workspace (nothing when none is open). */
    @Override
    public void open(java.nio.file.Path oldFile, java.nio.file.Path newFile, int oldLine, int newLine,
                     String title) {
        if (model != null) {
            model.open(oldFile, newFile, oldLine, newLine, title);
        }
    }

    /** Selects the declared comparison {@code id} (nothing when it is not declared). */
    public void select(String id) {
        if (model != null) {
            model.rows().stream().filter(r -> r.id().equals(id)).findFirst().ifPresent(model.selectedProperty()::set);
        }
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
