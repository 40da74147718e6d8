package org.migrationworkbench.ui.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.migrationworkbench.core.checklist.BlockedItem;
import org.migrationworkbench.core.model.Checklist;
import org.migrationworkbench.core.report.ReportSources;
import org.migrationworkbench.core.report.StatusReport;
import org.migrationworkbench.core.session.OpenedWorkspace;

/**
 * Reads a workspace's {@link DashboardData} as stored: the status report, then the items of each checklist that
 * has blocked ones (most have none, so this usually reads nothing more). Blocking; call it on a worker thread.
 */
public final class DashboardReader implements Function<OpenedWorkspace, DashboardData> {
    private final Function<OpenedWorkspace, StatusReport> status;
    private final Function<OpenedWorkspace, ReportSources> sources;

    /** {@code status} gives the report; {@code sources} the checklist service to read blocked items with. */
    public DashboardReader(Function<OpenedWorkspace, StatusReport> status,
                           Function<OpenedWorkspace, ReportSources> sources) {
        this.status = status;
        this.sources = sources;
    }

    @Override
    public DashboardData apply(OpenedWorkspace opened) {
        StatusReport report = status.apply(opened);
        List<BlockedItem> blocked = new ArrayList<>();
        List<String> withBlocked = report.checklists().stream().filter(c -> c.progress().blocked() > 0)
                .map(StatusReport.ChecklistRow::id).toList();
        if (!withBlocked.isEmpty()) {
            ReportSources read = sources.apply(opened);
            for (Checklist checklist : opened.workspace().checklists()) {
                if (withBlocked.contains(checklist.id())) {
                    blocked.addAll(BlockedItem.of(read.checklists().load(checklist)));
                }
            }
        }
        return new DashboardData(report, blocked);
    }
}
