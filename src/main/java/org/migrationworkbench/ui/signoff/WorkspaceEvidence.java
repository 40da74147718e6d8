package org.migrationworkbench.ui.signoff;

import java.util.function.Function;
import org.migrationworkbench.core.compare.Comparisons;
import org.migrationworkbench.core.readiness.ReadinessEngine;
import org.migrationworkbench.core.report.ReportSources;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.signoff.EvidenceSource;
import org.migrationworkbench.core.signoff.ServiceEvidenceSource;
import org.migrationworkbench.ui.common.WorkspaceServices;

/** Today's gate evidence of an open workspace, read through its store's services (a fresh source each call). */
public final class WorkspaceEvidence implements Function<OpenedWorkspace, EvidenceSource> {
    private final WorkspaceServices services;

    /** {@code engine} and {@code comparisons} are only needed to build the services; nothing is run. */
    public WorkspaceEvidence(ReadinessEngine engine, Comparisons comparisons) {
        this.services = new WorkspaceServices(engine, comparisons);
    }

    @Override
    public EvidenceSource apply(OpenedWorkspace opened) {
        ReportSources s = services.apply(opened);
        return new ServiceEvidenceSource(opened.workspace(), s.checklists(), s.readiness(), s.comparisons());
    }
}
