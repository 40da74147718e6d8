package org.migrationworkbench.ui.common;

import java.time.Clock;
import java.util.function.Function;
import org.migrationworkbench.core.compare.Comparisons;
import org.migrationworkbench.core.readiness.ReadinessEngine;
import org.migrationworkbench.core.report.ReportSources;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.session.StoreServices;

/**
 * The read services over an open workspace's store (checklists, readiness, comparisons, sign-off ledger, timeline
 * baselines), built fresh for each call; building them runs nothing. Shared by the views that read a workspace's
 * whole status.
 */
public final class WorkspaceServices implements Function<OpenedWorkspace, ReportSources> {
    private final ReadinessEngine engine;
    private final Comparisons comparisons;

    /** {@code engine} and {@code comparisons} are only needed to build the services; nothing is run. */
    public WorkspaceServices(ReadinessEngine engine, Comparisons comparisons) {
        this.engine = engine;
        this.comparisons = comparisons;
    }

    @Override
    public ReportSources apply(OpenedWorkspace opened) {
        return StoreServices.report(opened.store(), opened.workspace().root(), engine, comparisons, Clock.systemUTC());
    }
}
