package org.migrationworkbench.ui.overview;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.ui.checklist.ChecklistProgressPane;
import org.migrationworkbench.ui.common.Navigator;
import org.migrationworkbench.ui.common.ReloadingView;

/**
 * The Overview: the workspace and its status dashboard, an {@link OverviewPage} per open workspace (per store).
 * It reads the dashboard again whenever it is shown and when the workspace is reloaded, so checklist ticks and
 * sign-offs made elsewhere show at once.
 */
public final class OverviewView {
    private final ReloadingView<DashboardViewModel> view;

    /**
     * {@code readiness} is the last readiness run's summary line; {@code models} makes the view model of a newly
     * opened workspace; {@code navigator} opens the Sign-offs view when the ledger does not verify.
     */
    public OverviewView(ReadOnlyObjectProperty<OpenedWorkspace> opened, ChecklistProgressPane checklistProgress,
                        Node readiness, Function<OpenedWorkspace, DashboardViewModel> models, Navigator navigator) {
        view = new ReloadingView<>("overview", opened, models,
                model -> new OverviewPage(model, checklistProgress, readiness, navigator).node());
    }

    public Node node() {
        return view.node();
    }
}
