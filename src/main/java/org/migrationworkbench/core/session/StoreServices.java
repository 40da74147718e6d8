package org.migrationworkbench.core.session;

import java.nio.file.Path;
import java.time.Clock;

import org.migrationworkbench.core.checklist.ChecklistService;
import org.migrationworkbench.core.compare.ComparisonService;
import org.migrationworkbench.core.compare.Comparisons;
import org.migrationworkbench.core.guide.GuideImporter;
import org.migrationworkbench.core.readiness.ReadinessEngine;
import org.migrationworkbench.core.readiness.ReadinessService;
import org.migrationworkbench.core.readiness.files.GitFileTree;
import org.migrationworkbench.core.report.ReportSources;
import org.migrationworkbench.core.signoff.ChainHead;
import org.migrationworkbench.core.signoff.SignoffLedger;
import org.migrationworkbench.core.signoff.Witness;
import org.migrationworkbench.core.store.JdbcAuditLog;
import org.migrationworkbench.core.store.JdbcChecklistCatalogRepository;
import org.migrationworkbench.core.store.JdbcChecklistStateRepository;
import org.migrationworkbench.core.store.JdbcCompareRepository;
import org.migrationworkbench.core.store.JdbcReadinessRepository;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.core.timeline.BaselineService;

/**
 * The services over one workspace store, built the same way for the CLI and the app; building them runs nothing.
 * {@code clock} is the time the services record changes with.
 */
public final class StoreServices {
    private StoreServices() {
    }

    public static ChecklistService checklists(WorkbenchStore store, Clock clock) {
        return new ChecklistService(new GuideImporter()::read, new JdbcChecklistCatalogRepository(store.dataSource()),
                new JdbcChecklistStateRepository(store.dataSource()), clock);
    }

    public static ReadinessService readiness(WorkbenchStore store, ReadinessEngine engine, Clock clock) {
        return new ReadinessService(engine, new JdbcReadinessRepository(store.dataSource()),
                new JdbcAuditLog(store.dataSource()), GitFileTree::new, clock);
    }

    public static ComparisonService comparisons(WorkbenchStore store, Comparisons comparisons, Clock clock) {
        return new ComparisonService(comparisons, new JdbcCompareRepository(store.dataSource()),
                new JdbcAuditLog(store.dataSource()), clock);
    }

    /**
     * The sign-off ledger of the workspace at {@code workspaceRoot}: its chain head file beside the store's database
     * (a snapshot has its own copy), and this user's witness of that workspace.
     */
    public static SignoffLedger ledger(WorkbenchStore store, Path workspaceRoot) {
        Path head = store.config().workbenchDir().map(dir -> dir.resolve("signoffs.head"))
                .orElse(ChainHead.file(workspaceRoot));
        return new SignoffLedger(store, head, Witness.local(workspaceRoot));
    }

    /** Everything a status report reads, for the workspace at {@code workspaceRoot}. */
    public static ReportSources report(WorkbenchStore store, Path workspaceRoot, ReadinessEngine engine,
                                       Comparisons comparisons, Clock clock) {
        return new ReportSources(checklists(store, clock), readiness(store, engine, clock),
                comparisons(store, comparisons, clock), ledger(store, workspaceRoot),
                BaselineService.of(store.dataSource(), clock));
    }
}
