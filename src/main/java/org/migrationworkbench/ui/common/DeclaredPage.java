package org.migrationworkbench.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.migrationworkbench.core.session.OpenedWorkspace;

/**
 * A page listing what the open workspace declares for one feature (its checklists, rules, ...), rebuilt
 * whenever the workspace is opened or reloaded.
 */
public final class DeclaredPage {
    private final ScrollPane root = new ScrollPane();

    /** {@code content} builds the page body for a workspace. */
    public DeclaredPage(String id, String title, String subtitle, ReadOnlyObjectProperty<OpenedWorkspace> opened,
                        Function<OpenedWorkspace, Node> content) {
        root.setId(id);
        root.setFitToWidth(true);
        opened.addListener((obs, was, now) -> render(title, subtitle, now, content));
        render(title, subtitle, opened.get(), content);
    }

    public Node node() {
        return root;
    }

    private void render(String title, String subtitle, OpenedWorkspace opened, Function<OpenedWorkspace, Node> content) {
        if (opened == null) {
            root.setContent(null);
            return;
        }
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.PAGE_TITLE);
        Label sub = new Label(subtitle);
        sub.getStyleClass().add(Styles.MUTED);
        sub.setWrapText(true);
        VBox page = new VBox(new VBox(4, heading, sub), content.apply(opened));
        page.getStyleClass().add(Styles.PAGE);
        root.setContent(page);
    }
}
