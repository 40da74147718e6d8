package org.migrationworkbench.ui.signoff;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.ui.common.DeclaredPage;
import org.migrationworkbench.ui.common.Tables;

/** The sign-off roles and the phase gates that require each. */
public final class SignoffsView {
    private final DeclaredPage page;

    /** One role and where it must sign. */
    record RoleRow(String role, String gates) {
    }

    public SignoffsView(ReadOnlyObjectProperty<OpenedWorkspace> opened) {
        page = new DeclaredPage("signoffs", "Sign-offs",
                "Roles declared in workbench.yaml and the phase gates that require them. Recording approvals is "
                        + "not available yet.", opened, SignoffsView::table);
    }

    public Node node() {
        return page.node();
    }

    static List<RoleRow> rows(Workspace ws) {
        return ws.signoff().roles().stream().map(role -> new RoleRow(role, ws.phases().stream()
                .filter(p -> p.gates().signoffs().contains(role))
                .map(p -> p.title() + " (" + p.id() + ")")
                .collect(Collectors.joining(", ")))).toList();
    }

    private static Node table(OpenedWorkspace opened) {
        return Tables.of(rows(opened.workspace()), "This workspace declares no sign-off roles",
                new Tables.Column<RoleRow>("Role", RoleRow::role, 200),
                new Tables.Column<RoleRow>("Required at gates", r -> r.gates().isEmpty() ? "—" : r.gates(), 600));
    }
}
