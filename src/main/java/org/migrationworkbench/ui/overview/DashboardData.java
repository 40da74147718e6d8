package org.migrationworkbench.ui.overview;

import java.util.List;
import java.util.Objects;
import org.migrationworkbench.core.checklist.BlockedItem;
import org.migrationworkbench.core.report.StatusReport;

/** What the dashboard reads in the background: the workspace's status and its blocked checklist items. */
public record DashboardData(StatusReport report, List<BlockedItem> blocked) {
    public DashboardData {
        Objects.requireNonNull(report, "report");
        blocked = List.copyOf(blocked);
    }
}
