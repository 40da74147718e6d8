package org.migrationworkbench.ui.readiness;

import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.ui.common.DeclaredPage;
import org.migrationworkbench.ui.common.Tables;

/** The readiness rules the workspace declares. */
public final class ReadinessView {
    private final DeclaredPage page;

    public ReadinessView(ReadOnlyObjectProperty<OpenedWorkspace> opened) {
        page = new DeclaredPage("readiness", "Readiness",
                "Rules declared in workbench.yaml, checked against the target repository. Running them is not "
                        + "available yet.", opened, ReadinessView::table);
    }

    public Node node() {
        return page.node();
    }

    private static Node table(OpenedWorkspace opened) {
        return Tables.of(opened.workspace().rules(), "This workspace declares no rules",
                new Tables.Column<Rule>("Rule", Rule::title, Rule::id, 300),
                new Tables.Column<Rule>("Kind", r -> r.kind().id(), 130),
                new Tables.Column<Rule>("Severity", r -> r.severity().label(), 90),
                new Tables.Column<Rule>("Category", r -> r.category().orElse("—"), 95),
                new Tables.Column<Rule>("Phase", r -> r.phase().orElse("—"), 140),
                new Tables.Column<Rule>("Parameters", ReadinessView::parameters, 280));
    }

    static String parameters(Rule rule) {
        return rule.parameters().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
    }
}
