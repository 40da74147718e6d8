package org.migrationworkbench.ui.checklist;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import org.migrationworkbench.core.model.Checklist;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.ui.common.DeclaredPage;
import org.migrationworkbench.ui.common.Tables;

/** The checklists the workspace declares, with their source. */
public final class ChecklistsView {
    private final DeclaredPage page;

    public ChecklistsView(ReadOnlyObjectProperty<OpenedWorkspace> opened) {
        page = new DeclaredPage("checklists", "Checklists",
                "Checklists declared in workbench.yaml. Walking through their items is not available yet.",
                opened, ChecklistsView::table);
    }

    public Node node() {
        return page.node();
    }

    private static Node table(OpenedWorkspace opened) {
        var root = opened.workspace().root();
        return Tables.of(opened.workspace().checklists(), "This workspace declares no checklists",
                new Tables.Column<Checklist>("Checklist", Checklist::displayTitle, Checklist::id, 320),
                new Tables.Column<Checklist>("Source", c -> c.file().map(f -> root.relativize(f).toString())
                        .orElse(c.items().size() + " inline items"), 280),
                new Tables.Column<Checklist>("Phase", c -> c.phase().orElse("—"), 140));
    }
}
