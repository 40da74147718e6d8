package org.migrationworkbench.ui.common;

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
import org.migrationworkbench.core.report.ReportSources;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.signoff.ChainHead;
import org.migrationworkbench.core.signoff.SignoffLedger;
import org.migrationworkbench.core.store.JdbcAuditLog;
import org.migrationworkbench.core.store.JdbcChecklistCatalogRepository;
import org.migrationworkbench.core.store.JdbcChecklistStateRepository;
import org.migrationworkbench.core.store.JdbcCompareRepository;
import org.migrationworkbench.core.store.JdbcReadinessRepository;
import org.migrationworkbench.core.timeline.BaselineService;

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
        DataSource data = opened.store().dataSource();
        Clock utc = Clock.systemUTC();
        return new ReportSources(
                new ChecklistService(new GuideImporter()::read, new JdbcChecklistCatalogRepository(data),
                        new JdbcChecklistStateRepository(data), utc),
                new ReadinessService(engine, new JdbcReadinessRepository(data), new JdbcAuditLog(data),
                        GitFileTree::new, utc),
                new ComparisonService(comparisons, new JdbcCompareRepository(data), new JdbcAuditLog(data), utc),
                new SignoffLedger(opened.store(), ChainHead.file(opened.workspace().root())),
                BaselineService.of(data, utc));
    }
}
