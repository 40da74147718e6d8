package org.migrationworkbench.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.migrationworkbench.core.session.OpenedWorkspace;

/**
 * A view that keeps one page per open workspace (per store) and reads its data again whenever it is shown, so
 * changes made in other views show at once. A reload of the same store keeps the page.
 */
public final class ReloadingView<M extends WorkspaceModel> {
    private final StackPane root = new StackPane();
    private final Function<OpenedWorkspace, M> models;
    private final Function<M, Node> pages;
    private M model;

    public ReloadingView(String id, ReadOnlyObjectProperty<OpenedWorkspace> opened, Function<OpenedWorkspace, M> models,
                         Function<M, Node> pages) {
        this.models = models;
        this.pages = pages;
        root.setId(id);
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

    /** The model of the open workspace's page; empty while none is open. */
    public java.util.Optional<M> model() {
        return java.util.Optional.ofNullable(model);
    }

    private void follow(OpenedWorkspace now) {
        if (now == null) {
            model = null;
            root.getChildren().clear();
        } else if (model != null && model.opened().store() == now.store()) {
            model.reloaded(now);
        } else {
            model = models.apply(now);
            root.getChildren().setAll(pages.apply(model));
            if (root.getParent() != null) {
                model.load(); // otherwise it reads once shown
            }
        }
    }
}
