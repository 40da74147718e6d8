package org.migrationworkbench.ui.present;

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
import org.migrationworkbench.core.report.ReportGathering;
import org.migrationworkbench.core.report.ReportSources;
import org.migrationworkbench.core.report.StatusReport;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.signoff.ChainHead;
import org.migrationworkbench.core.signoff.SignoffLedger;
import org.migrationworkbench.core.store.JdbcAuditLog;
import org.migrationworkbench.core.store.JdbcChecklistCatalogRepository;
import org.migrationworkbench.core.store.JdbcChecklistStateRepository;
import org.migrationworkbench.core.store.JdbcCompareRepository;
import org.migrationworkbench.core.store.JdbcReadinessRepository;

/** The status report of an open workspace as stored, through {@link ReportGathering}; blocking, runs nothing. */
public final class WorkspaceStatus implements Function<OpenedWorkspace, StatusReport> {
    private final ReadinessEngine engine;
    private final Comparisons comparisons;
    private final Clock clock;

    /** {@code engine} and {@code comparisons} only build the services; {@code clock} gives today. */
    public WorkspaceStatus(ReadinessEngine engine, Comparisons comparisons, Clock clock) {
        this.engine = engine;
        this.comparisons = comparisons;
        this.clock = clock;
    }

    @Override
    public StatusReport apply(OpenedWorkspace opened) {
        DataSource data = opened.store().dataSource();
        Clock utc = Clock.systemUTC();
        ReportSources sources = new ReportSources(
                new ChecklistService(new GuideImporter()::read, new JdbcChecklistCatalogRepository(data),
                        new JdbcChecklistStateRepository(data), utc),
                new ReadinessService(engine, new JdbcReadinessRepository(data), new JdbcAuditLog(data),
                        GitFileTree::new, utc),
                new ComparisonService(comparisons, new JdbcCompareRepository(data), new JdbcAuditLog(data), utc),
                new SignoffLedger(opened.store(), ChainHead.file(opened.workspace().root())));
        return ReportGathering.gather(opened.workspace(), sources, clock);
    }
}
