package org.migrationworkbench.core.report;

import java.util.ArrayList;
import java.util.List;

import org.migrationworkbench.core.model.Gates;
import org.migrationworkbench.core.report.dashboard.Dashboard;
import org.migrationworkbench.core.report.dashboard.Fact;
import org.migrationworkbench.core.report.dashboard.PhaseCard;
import org.migrationworkbench.core.report.dashboard.RiskLine;
import org.migrationworkbench.core.report.dashboard.TopRisks;

/**
 * The report's dashboard, the same {@link Dashboard} the Overview shows: phases per status, the readiness level,
 * comparisons identical, the top risks and blocked items, and per phase its gate's rules, comparisons and
 * sign-offs.
 */
final class HtmlDashboard {
    private HtmlDashboard() {
    }

    static void summary(HtmlWriter html, StatusReport report, Dashboard dashboard) {
        html.heading("Dashboard");
        List<String> headers = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        for (Dashboard.StatusCount count : dashboard.counts()) {
            headers.add(count.word());
            counts.add(String.valueOf(count.count()));
        }
        html.tableStart(headers);
        html.row(counts);
        html.tableEnd();
        long identical = report.comparisons().stream().filter(StatusReport.ComparisonRow::identical).count();
        html.element("p", "", dashboard.doneLine() + " · readiness: " + readiness(report) + " · comparisons: "
                + (report.comparisons().isEmpty() ? "none run yet" : identical + " of "
                + report.comparisons().size() + " identical") + " · success metrics: "
                + dashboard.metrics().stream().filter(m -> m.mark().equals("✓")).count() + " of "
                + dashboard.metrics().size() + " met");
        risks(html, dashboard.risks());
    }

    private static String readiness(StatusReport report) {
        return report.readiness().map(a -> a.readiness().level().label()).orElse("not run yet");
    }

    private static void risks(HtmlWriter html, TopRisks risks) {
        html.element("h3", "", "Top risks and blocked items");
        if (risks.shown().isEmpty()) {
            html.element("p", "", "Nothing is blocked or at risk, no blocker rule fails and no metric is missed.");
            return;
        }
        html.tableStart(List.of("Kind", "What", "Why"));
        for (RiskLine line : risks.shown()) {
            html.row(line.kind().tone().id(), List.of(line.kind().label(), line.title(), line.detail()));
        }
        html.tableEnd();
        if (risks.more() > 0) {
            html.element("p", "meta", "and " + risks.more() + " more");
        }
    }

    /** "rules 1 fail · 1 pass; comparisons identical; sign-offs 1 of 2 roles approved", for a phase's gate. */
    static String gateFacts(PhaseCard card, Gates gates) {
        if (!card.gated()) {
            return "no gate";
        }
        List<String> parts = new ArrayList<>();
        part(parts, !gates.rules().isEmpty(), "rules", card.rules());
        part(parts, !gates.comparisons().isEmpty(), "comparisons", card.comparisons());
        part(parts, !gates.signoffs().isEmpty(), "sign-offs", card.signoffs());
        return (card.missing().isEmpty() ? "open" : "closed") + (parts.isEmpty() ? "" : " — "
                + String.join("; ", parts));
    }

    private static void part(List<String> parts, boolean declared, String name, Fact fact) {
        if (declared) {
            parts.add(name + " " + fact.headline());
        }
    }

}
