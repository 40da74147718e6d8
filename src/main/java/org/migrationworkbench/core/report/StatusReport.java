package org.migrationworkbench.core.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.migrationworkbench.core.checklist.BlockedItem;
import org.migrationworkbench.core.checklist.ChecklistProgress;
import org.migrationworkbench.core.model.Metric;
import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.core.readiness.Analysis;
import org.migrationworkbench.core.readiness.Waiver;
import org.migrationworkbench.core.signoff.ChainHead;
import org.migrationworkbench.core.signoff.ChainVerification;
import org.migrationworkbench.core.signoff.GateStatus;
import org.migrationworkbench.core.signoff.SignoffRecord;
import org.migrationworkbench.core.timeline.Baseline;
import org.migrationworkbench.core.timeline.PhaseStatus;

/**
 * Everything the status report shows, gathered from a workspace and its store at one moment by
 * {@link ReportGathering}. Rendering is {@link HtmlReport}'s job.
 *
 * @param workspace   the workspace name
 * @param generatedAt when the report was gathered
 * @param today       the day phase statuses, waivers and metrics were judged on
 * @param phases      every phase in dependency order with its status and gate
 * @param checklists  every declared checklist with its progress
 * @param blocked     the blocked checklist items with their reasons, checklist by checklist in document order
 * @param readiness   the latest readiness results; empty when no rule was run yet
 * @param waivers     the waivers active today
 * @param comparisons the latest run of each comparison
 * @param metrics     the success metrics with their verdicts
 * @param signoffs    every ledger record in ledger order with its standing today
 * @param chainHead   the sign-off chain head as last written; empty when nothing was signed
 * @param chain       the sign-off chain recomputed when the report was gathered: when it is not intact, the
 *                    approvals in {@code signoffs} and in the gates cannot be trusted
 * @param baseline    the latest timeline baseline; empty when none was taken
 */
public record StatusReport(String workspace, Instant generatedAt, LocalDate today, List<PhaseRow> phases,
                           List<ChecklistRow> checklists, List<BlockedItem> blocked, Optional<Analysis> readiness, List<Waiver> waivers,
                           List<ComparisonRow> comparisons, List<MetricRow> metrics, List<SignoffRow> signoffs,
                           Optional<ChainHead> chainHead, ChainVerification chain, Optional<Baseline> baseline) {
    public StatusReport {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(today, "today");
        phases = List.copyOf(phases);
        checklists = List.copyOf(checklists);
        blocked = List.copyOf(blocked);
        Objects.requireNonNull(readiness, "readiness");
        waivers = List.copyOf(waivers);
        comparisons = List.copyOf(comparisons);
        metrics = List.copyOf(metrics);
        signoffs = List.copyOf(signoffs);
        Objects.requireNonNull(chainHead, "chainHead");
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(baseline, "baseline");
    }

    /** A phase with its derived status and its evaluated gate. */
    public record PhaseRow(Phase phase, PhaseStatus status, GateStatus gate) {
        public PhaseRow {
            Objects.requireNonNull(phase, "phase");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(gate, "gate");
        }
    }

    /** A checklist's title and item counts. */
    public record ChecklistRow(String id, String title, ChecklistProgress progress) {
        public ChecklistRow {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(progress, "progress");
        }
    }

    /**
     * The latest run of a comparison.
     *
     * @param summary the one-line verdict ({@code Summary.of})
     */
    public record ComparisonRow(String id, String title, boolean identical, String summary, Instant ranAt) {
        public ComparisonRow {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(ranAt, "ranAt");
        }
    }

    /** A success metric with its verdict. */
    public record MetricRow(Metric metric, MetricVerdict verdict) {
        public MetricRow {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(verdict, "verdict");
        }
    }

    /** Where a ledger record stands today. */
    public enum Standing {
        /** The person's newest decision for the role and gate, its evidence unchanged. */
        IN_FORCE,
        /** In force, but the gate's evidence changed since it was signed. */
        STALE,
        /** Replaced by a later decision of the same person for the same role and gate. */
        REVISED
    }

    /** A ledger record and its standing. */
    public record SignoffRow(SignoffRecord record, Standing standing) {
        public SignoffRow {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(standing, "standing");
        }
    }
}
