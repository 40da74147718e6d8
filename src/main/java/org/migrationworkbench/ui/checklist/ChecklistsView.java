package org.migrationworkbench.ui.checklist;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/** The Checklists view: a {@link ChecklistPage} for the open workspace's checklists, built anew per workspace. */
public final class ChecklistsView {
    private final StackPane root = new StackPane();

    public ChecklistsView(ReadOnlyObjectProperty<ChecklistViewModel> model) {
        root.setId("checklists-view");
        model.addListener((obs, was, now) -> show(now));
        show(model.get());
    }

    public Node node() {
        return root;
    }

    private void show(ChecklistViewModel model) {
        root.getChildren().setAll(model == null ? new StackPane() : new ChecklistPage(model).node());
    }
}
