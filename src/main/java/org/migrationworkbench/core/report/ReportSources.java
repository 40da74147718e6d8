package org.migrationworkbench.core.report;

import java.util.Objects;

import org.migrationworkbench.core.checklist.ChecklistService;
import org.migrationworkbench.core.compare.ComparisonService;
import org.migrationworkbench.core.readiness.ReadinessService;
import org.migrationworkbench.core.signoff.SignoffLedger;
import org.migrationworkbench.core.timeline.BaselineService;

/** The services over one open workspace store that a status report reads; it runs nothing. */
public record ReportSources(ChecklistService checklists, ReadinessService readiness, ComparisonService comparisons,
                            SignoffLedger ledger, BaselineService baselines) {
    public ReportSources {
        Objects.requireNonNull(checklists, "checklists");
        Objects.requireNonNull(readiness, "readiness");
        Objects.requireNonNull(comparisons, "comparisons");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(baselines, "baselines");
    }
}
