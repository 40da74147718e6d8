package org.migrationworkbench.core.report.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.migrationworkbench.core.checklist.BlockedItem;
import org.migrationworkbench.core.model.Risk;
import org.migrationworkbench.core.readiness.Readiness.Scored;
import org.migrationworkbench.core.model.Severity;
import org.migrationworkbench.core.report.MetricVerdict;
import org.migrationworkbench.core.report.StatusReport;
import org.migrationworkbench.core.report.StatusReport.PhaseRow;
import org.migrationworkbench.core.timeline.PhaseStatus;

/**
 * The dashboard's top risks and blocked items, most important first: blocked phases, failing blocker rules,
 * blocked checklist items, phases at risk, critical-risk then missed metrics then high-risk phases. A phase is
 * listed once, under its most important kind; done phases are not listed. Within a kind, the report's order.
 *
 * @param shown at most the limit asked for
 * @param more  how many more there are beyond {@code shown}
 */
public record TopRisks(List<RiskLine> shown, int more) {
    public TopRisks {
        shown = List.copyOf(shown);
    }

    /** The first {@code limit} risks of {@code data}, and how many were left out. */
    public static TopRisks of(StatusReport report, int limit) {
        List<RiskLine> all = new ArrayList<>();
        report.phases().forEach(p -> phase(p).ifPresent(all::add));
        report.readiness().ifPresent(a -> a.readiness().results().stream().filter(TopRisks::blockerFailing)
                .forEach(s -> all.add(new RiskLine(RiskLine.Kind.BLOCKER_RULE, s.result().rule().title(),
                        s.result().rule().id() + ": " + s.result().outcome().summary()))));
        for (BlockedItem item : report.blocked()) {
            all.add(new RiskLine(RiskLine.Kind.BLOCKED_ITEM, item.text(), item.checklistTitle()
                    + (item.reason().isBlank() ? " · no reason given" : " · " + item.reason())));
        }
        report.metrics().stream().filter(m -> m.verdict() == MetricVerdict.MISSED)
                .forEach(m -> all.add(new RiskLine(RiskLine.Kind.MISSED_METRIC, m.metric().name(),
                        m.metric().actual().orElse("") + " (target " + m.metric().target().text() + ")")));
        List<RiskLine> ordered = all.stream().sorted(Comparator.comparing(RiskLine::kind)).toList();
        return new TopRisks(ordered.subList(0, Math.min(limit, ordered.size())),
                Math.max(0, ordered.size() - limit));
    }

    private static boolean blockerFailing(Scored s) {
        return s.failing() && s.result().rule().severity() == Severity.BLOCKER;
    }

    private static Optional<RiskLine> phase(PhaseRow row) {
        PhaseStatus status = row.status();
        Risk risk = row.phase().risk();
        RiskLine.Kind kind;
        if (status == PhaseStatus.DONE) {
            return Optional.empty();
        } else if (status == PhaseStatus.BLOCKED) {
            kind = RiskLine.Kind.BLOCKED_PHASE;
        } else if (status == PhaseStatus.AT_RISK) {
            kind = RiskLine.Kind.AT_RISK_PHASE;
        } else if (risk == Risk.CRITICAL) {
            kind = RiskLine.Kind.CRITICAL_RISK;
        } else if (risk == Risk.HIGH) {
            kind = RiskLine.Kind.HIGH_RISK;
        } else {
            return Optional.empty();
        }
        List<String> missing = row.gate().missing();
        String detail = status.label() + " · " + risk.label() + " risk"
                + (missing.isEmpty() ? "" : " · " + missing.get(0)
                + (missing.size() > 1 ? " (+" + (missing.size() - 1) + " more)" : ""));
        return Optional.of(new RiskLine(kind, row.phase().title(), detail));
    }
}
