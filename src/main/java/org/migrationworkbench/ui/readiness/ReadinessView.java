package org.migrationworkbench.ui.readiness;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/** The Readiness view: a {@link ReadinessPage} for the open workspace, built anew per workspace. */
public final class ReadinessView {
    private final StackPane root = new StackPane();

    public ReadinessView(ReadOnlyObjectProperty<ReadinessViewModel> model) {
        root.setId("readiness");
        model.addListener((obs, was, now) -> show(now));
        show(model.get());
    }

    public Node node() {
        return root;
    }

    private void show(ReadinessViewModel model) {
        root.getChildren().setAll(model == null ? new StackPane() : new ReadinessPage(model).node());
    }
}
