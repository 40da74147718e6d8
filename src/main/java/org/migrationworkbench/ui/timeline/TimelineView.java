package org.migrationworkbench.ui.timeline;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import org.migrationworkbench.core.report.StatusReport;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.ui.common.Navigator;
import org.migrationworkbench.ui.common.ReloadingView;
import org.migrationworkbench.ui.signoff.SignoffContext;

/**
 * The Timeline view: a {@link TimelinePage} per open workspace (per store). It evaluates the gates again whenever
 * it is shown, so checklist and sign-off changes made elsewhere show at once.
 */
public final class TimelineView {
    private final ReloadingView<TimelineViewModel> view;

    /**
     * {@code context} gives the task runner, error reporting and the clock for today; {@code status} reads a
     * workspace's status (blocking); {@code navigator} opens what a phase's gate needs in its view.
     */
    public TimelineView(ReadOnlyObjectProperty<OpenedWorkspace> opened, SignoffContext context,
                        Function<OpenedWorkspace, StatusReport> status, Navigator navigator) {
        view = new ReloadingView<>("timeline", opened, now -> new TimelineViewModel(now, context, status),
                model -> new TimelinePage(model, navigator).node());
    }

    public Node node() {
        return view.node();
    }
}
