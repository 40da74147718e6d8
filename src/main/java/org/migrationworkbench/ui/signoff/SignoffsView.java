package org.migrationworkbench.ui.signoff;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.ui.common.ReloadingView;

/**
 * The Sign-offs view: a {@link SignoffPage} per open workspace (per store). It reads everything again whenever it
 * is shown, so checklist or readiness changes made elsewhere show as stale sign-offs at once.
 */
public final class SignoffsView {
    private final ReloadingView<SignoffsViewModel> view;

    public SignoffsView(ReadOnlyObjectProperty<OpenedWorkspace> opened, SignoffContext context) {
        view = new ReloadingView<>("signoffs", opened, now -> new SignoffsViewModel(now, context),
                model -> new SignoffPage(model).node());
    }

    public Node node() {
        return view.node();
    }

    /** Selects the first role of gate {@code gate} (a phase id) once the matrix is read. */
    public void showGate(String gate) {
        view.model().ifPresent(m -> m.showGate(gate));
    }
}
