package org.migrationworkbench.core.report.dashboard;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.migrationworkbench.core.report.StatusReport;
import org.migrationworkbench.core.timeline.PhaseStatus;

/**
 * What the status dashboard shows, derived from one {@link StatusReport}; plain values, shown by the
 * Overview and the HTML report.
 *
 * @param today   the day statuses were judged on
 * @param counts  how many phases are in each status, every status in order (zeros included)
 * @param phases  one card per phase in timeline (dependency) order
 * @param metrics the success metrics in declaration order
 * @param risks   the top risks and blocked items
 * @param ledger  whether the sign-off ledger verifies; shown first when it does not
 */
public record Dashboard(LocalDate today, List<StatusCount> counts, List<PhaseCard> phases, List<MetricLine> metrics,
                        TopRisks risks, LedgerCheck ledger) {
    /** How many risks the dashboard lists before "and N more". */
    public static final int RISKS_SHOWN = 8;

    public Dashboard {
        Objects.requireNonNull(today, "today");
        counts = List.copyOf(counts);
        phases = List.copyOf(phases);
        metrics = List.copyOf(metrics);
        Objects.requireNonNull(risks, "risks");
        Objects.requireNonNull(ledger, "ledger");
    }

    /** Phases in one status. */
    public record StatusCount(PhaseStatus status, int count) {
        public String word() {
            return status.label();
        }
    }

    /**
     * A success metric as a table row.
     *
     * @param actual the measured value; {@code —} while pending
     * @param mark   ✓, ✗ or pending
     */
    public record MetricLine(String name, String target, String actual, String mark, Tone tone) {
    }

    public static Dashboard of(StatusReport report) {
        List<StatusCount> counts = Arrays.stream(PhaseStatus.values()).map(s -> new StatusCount(s,
                (int) report.phases().stream().filter(p -> p.status() == s).count())).toList();
        List<MetricLine> metrics = report.metrics().stream().map(m -> new MetricLine(m.metric().name(),
                m.metric().target().text(), m.metric().actual().orElse("—"), m.verdict().mark(),
                Tone.of(m.verdict()))).toList();
        return new Dashboard(report.today(), counts, report.phases().stream().map(p -> PhaseCard.of(p, report))
                .toList(), metrics, TopRisks.of(report, RISKS_SHOWN), LedgerCheck.of(report.chain()));
    }

    /** "2 of 7 phases done". */
    public String doneLine() {
        int done = counts.stream().filter(c -> c.status() == PhaseStatus.DONE).mapToInt(StatusCount::count).sum();
        return done + " of " + phases.size() + (phases.size() == 1 ? " phase" : " phases") + " done";
    }
}
