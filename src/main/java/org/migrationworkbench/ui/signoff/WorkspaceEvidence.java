package org.migrationworkbench.ui.signoff;

import java.time.Clock;
import java.util.function.Function;
import javax.sql.DataSource;
import org.migrationworkbench.core.checklist.ChecklistService;
import org.migrationworkbench.core.compare.ComparisonService;
import org.migrationworkbench.core.compare.Comparisons;
import org.migrationworkbench.core.guide.GuideImporter;
import org.migrationworkbench.core.readiness.ReadinessEngine;
import org.migrationworkbench.core.readiness.ReadinessService;
import org.migrationworkbench.core.readiness.files.GitFileTree;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.signoff.EvidenceSource;
import org.migrationworkbench.core.signoff.ServiceEvidenceSource;
import org.migrationworkbench.core.store.JdbcAuditLog;
import org.migrationworkbench.core.store.JdbcChecklistCatalogRepository;
import org.migrationworkbench.core.store.JdbcChecklistStateRepository;
import org.migrationworkbench.core.store.JdbcCompareRepository;
import org.migrationworkbench.core.store.JdbcReadinessRepository;

/** Today's gate evidence of an open workspace, read through its store's services (a fresh source each call). */
public final class WorkspaceEvidence implements Function<OpenedWorkspace, EvidenceSource> {
    private final ReadinessEngine engine;
    private final Comparisons comparisons;

    /** {@code engine} and {@code comparisons} are only needed to build the services; nothing is run. */
    public WorkspaceEvidence(ReadinessEngine engine, Comparisons comparisons) {
        this.engine = engine;
        this.comparisons = comparisons;
    }

    @Override
    public EvidenceSource apply(OpenedWorkspace opened) {
        DataSource data = opened.store().dataSource();
        Clock clock = Clock.systemUTC();
        return new ServiceEvidenceSource(opened.workspace(),
                new ChecklistService(new GuideImporter()::read, new JdbcChecklistCatalogRepository(data),
                        new JdbcChecklistStateRepository(data), clock),
                new ReadinessService(engine, new JdbcReadinessRepository(data), new JdbcAuditLog(data),
                        GitFileTree::new, clock),
                new ComparisonService(comparisons, new JdbcCompareRepository(data), new JdbcAuditLog(data), clock));
    }
}
