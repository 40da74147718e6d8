package org.migrationworkbench.ui.compare;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import org.migrationworkbench.core.model.Comparison;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.ui.common.DeclaredPage;
import org.migrationworkbench.ui.common.Tables;

/** The old-versus-new comparisons the workspace declares. */
public final class CompareView {
    private final DeclaredPage page;

    public CompareView(ReadOnlyObjectProperty<OpenedWorkspace> opened) {
        page = new DeclaredPage("compare", "Compare",
                "Comparisons declared in workbench.yaml. Running them side by side is not available yet.",
                opened, CompareView::table);
    }

    public Node node() {
        return page.node();
    }

    private static Node table(OpenedWorkspace opened) {
        return Tables.of(opened.workspace().comparisons(), "This workspace declares no comparisons",
                new Tables.Column<Comparison>("Comparison", Comparison::displayTitle, Comparison::id, 260),
                new Tables.Column<Comparison>("Old", c -> c.oldSide().spec(), 180),
                new Tables.Column<Comparison>("New", c -> c.newSide().spec(), 180),
                new Tables.Column<Comparison>("Format", c -> c.format().id(), 70),
                new Tables.Column<Comparison>("Key", c -> String.join(", ", c.keys()), 90),
                new Tables.Column<Comparison>("Ignore", c -> String.join(", ", c.ignore()), 140),
                new Tables.Column<Comparison>("Tolerance", CompareView::tolerance, 140));
    }

    static String tolerance(Comparison c) {
        if (c.tolerance().isExact()) {
            return "exact";
        }
        return "abs " + c.tolerance().absolute() + ", rel " + c.tolerance().relative();
    }
}
