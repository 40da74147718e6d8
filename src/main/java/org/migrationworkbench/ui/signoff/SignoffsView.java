package org.migrationworkbench.ui.signoff;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.migrationworkbench.core.session.OpenedWorkspace;

/**
 * The Sign-offs view: a {@link SignoffPage} per open workspace (per store). It reads everything again whenever it
 * is shown, so checklist or readiness changes made elsewhere show as stale sign-offs at once.
 */
public final class SignoffsView {
    private final StackPane root = new StackPane();
    private final SignoffContext context;
    private SignoffsViewModel model;

    public SignoffsView(ReadOnlyObjectProperty<OpenedWorkspace> opened, SignoffContext context) {
        this.context = context;
        root.setId("signoffs");
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
            model = new SignoffsViewModel(now, context);
            root.getChildren().setAll(new SignoffPage(model).node());
            if (root.getParent() != null) {
                model.load(); // otherwise it reads once shown
            }
        }
    }
}
