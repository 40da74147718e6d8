package org.migrationworkbench.ui.present;

import java.time.Clock;
import java.util.function.Function;
import org.migrationworkbench.core.compare.Comparisons;
import org.migrationworkbench.core.readiness.ReadinessEngine;
import org.migrationworkbench.core.report.ReportGathering;
import org.migrationworkbench.core.report.StatusReport;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.ui.common.WorkspaceServices;

/** The status report of an open workspace as stored, through {@link ReportGathering}; blocking, runs nothing. */
public final class WorkspaceStatus implements Function<OpenedWorkspace, StatusReport> {
    private final WorkspaceServices services;
    private final Clock clock;

    /** {@code engine} and {@code comparisons} only build the services; {@code clock} gives today. */
    public WorkspaceStatus(ReadinessEngine engine, Comparisons comparisons, Clock clock) {
        this.services = new WorkspaceServices(engine, comparisons);
        this.clock = clock;
    }

    @Override
    public StatusReport apply(OpenedWorkspace opened) {
        return ReportGathering.gather(opened.workspace(), services.apply(opened), clock);
    }
}
