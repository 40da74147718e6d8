package org.migrationworkbench.app;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.ui.checklist.ChecklistProgressPane;
import org.migrationworkbench.ui.checklist.ChecklistSession;
import org.migrationworkbench.ui.checklist.ChecklistsView;
import org.migrationworkbench.ui.common.PairOpener;
import org.migrationworkbench.ui.compare.CompareContext;
import org.migrationworkbench.ui.compare.CompareView;
import org.migrationworkbench.ui.overview.DashboardViewModel;
import org.migrationworkbench.ui.overview.OverviewView;
import org.migrationworkbench.ui.present.WorkspaceStatus;
import org.migrationworkbench.ui.readiness.ReadinessSession;
import org.migrationworkbench.ui.readiness.ReadinessSummaryLine;
import org.migrationworkbench.ui.readiness.ReadinessView;
import org.migrationworkbench.ui.shell.MainViewModel;
import org.migrationworkbench.ui.shell.ViewId;
import org.migrationworkbench.ui.signoff.SignoffContext;
import org.migrationworkbench.ui.signoff.SignoffsView;
import org.migrationworkbench.ui.timeline.TimelineView;

/**
 * The main window's views, wired to the sessions and contexts the app builds; the Compare and Sign-offs views are
 * shared with the links that open them (a code-ref pair from Readiness, a phase's gate from the Timeline, a ledger
 * that does not verify from the Overview).
 */
final class WorkbenchViews {
    private WorkbenchViews() {
    }

    /** Each view is built the first time it is shown, so start-up builds only the Overview. */
    static Map<ViewId, Supplier<Node>> of(MainViewModel model, ChecklistSession checklists,
                                          ReadinessSession readiness, CompareContext compare,
                                          SignoffContext signoffs, WorkspaceStatus status,
                                          Function<OpenedWorkspace, DashboardViewModel> dashboards) {
        Map<ViewId, Supplier<Node>> views = new EnumMap<>(ViewId.class);
        var opened = model.openedProperty();
        views.put(ViewId.CHECKLISTS, () -> new ChecklistsView(checklists.modelProperty()).node());
        // the Compare view is built on first use; a code-ref pair opened from Readiness builds it then
        CompareView[] compareView = new CompareView[1];
        Supplier<Node> compareNode = () -> {
            if (compareView[0] == null) {
                compareView[0] = new CompareView(opened, compare);
            }
            return compareView[0].node();
        };
        PairOpener openInCompare = (oldFile, newFile, oldLine, newLine, title) -> {
            compareNode.get();
            model.currentViewProperty().set(ViewId.COMPARE);
            compareView[0].open(oldFile, newFile, oldLine, newLine, title);
        };
        views.put(ViewId.READINESS, () -> new ReadinessView(readiness.modelProperty(),
                Optional.of(openInCompare)).node());
        views.put(ViewId.COMPARE, compareNode);
        SignoffsView[] signoffsView = new SignoffsView[1];
        Supplier<SignoffsView> signoffsViewOnce = () -> {
            if (signoffsView[0] == null) {
                signoffsView[0] = new SignoffsView(opened, signoffs);
            }
            return signoffsView[0];
        };
        GateNavigator navigator = new GateNavigator(model, checklists, readiness, () -> {
            compareNode.get();
            return compareView[0];
        }, signoffsViewOnce);
        views.put(ViewId.OVERVIEW, () -> new OverviewView(opened,
                new ChecklistProgressPane(checklists.modelProperty()),
                new ReadinessSummaryLine(readiness.modelProperty()).node(), dashboards, navigator).node());
        views.put(ViewId.TIMELINE, () -> new TimelineView(opened, signoffs, status, navigator).node());
        views.put(ViewId.SIGNOFFS, () -> signoffsViewOnce.get().node());
        return views;
    }

}
