package org.migrationworkbench.ui.readiness;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import java.util.Optional;
import javafx.scene.layout.StackPane;
import org.migrationworkbench.ui.common.PairOpener;

/** The Readiness view: a {@link ReadinessPage} for the open workspace, built anew per workspace. */
public final class ReadinessView {
    private final StackPane root = new StackPane();
    private final Optional<PairOpener> compare;

    public ReadinessView(ReadOnlyObjectProperty<ReadinessViewModel> model) {
        this(model, Optional.empty());
    }

    /** With {@code compare}, a code-ref rule with two references offers to open them side by side. */
    public ReadinessView(ReadOnlyObjectProperty<ReadinessViewModel> model, Optional<PairOpener> compare) {
        this.compare = compare;
        root.setId("readiness");
        model.addListener((obs, was, now) -> show(now));
        show(model.get());
    }

    public Node node() {
        return root;
    }

    private void show(ReadinessViewModel model) {
        root.getChildren().setAll(model == null ? new StackPane() : new ReadinessPage(model, compare).node());
    }
}
