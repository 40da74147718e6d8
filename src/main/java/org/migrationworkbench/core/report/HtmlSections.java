package org.migrationworkbench.core.report;

import java.util.List;
import java.util.Locale;

import org.migrationworkbench.core.readiness.Analysis;
import org.migrationworkbench.core.readiness.Evidence;
import org.migrationworkbench.core.readiness.Readiness;
import org.migrationworkbench.core.readiness.RuleResult;
import org.migrationworkbench.core.readiness.Waiver;
import org.migrationworkbench.core.report.StatusReport.ComparisonRow;

/** The readiness and comparison sections of {@link HtmlReport}. */
final class HtmlSections {
    /** Evidence entries shown per rule result; the rest are counted. */
    static final int EVIDENCE_SHOWN = 10;

    private HtmlSections() {
    }

    static void readiness(HtmlWriter html, StatusReport report) {
        html.heading("Readiness");
        if (report.readiness().isEmpty()) {
            html.element("p", "pending", "No readiness run stored yet.");
        } else {
            Analysis analysis = report.readiness().get();
            Readiness.Level level = analysis.readiness().level();
            html.element("p", level.name().toLowerCase(Locale.ROOT), "Level: " + level.name().replace('_', ' ')
                    + " (run of " + analysis.run().finished() + ")");
            html.markup("<table><thead><tr><th>Rule</th><th>Severity</th><th>Status</th><th>Result and evidence"
                    + "</th></tr></thead><tbody>\n");
            analysis.readiness().results().forEach(s -> result(html, s));
            html.tableEnd();
        }
        if (!report.waivers().isEmpty()) {
            html.element("h3", "", "Active waivers");
            html.tableStart(List.of("Rule", "Reason", "Owner", "Expires"));
            for (Waiver w : report.waivers()) {
                html.row(List.of(w.ruleId(), w.reason(), w.owner(), w.expires().toString()));
            }
            html.tableEnd();
        }
    }

    private static void result(HtmlWriter html, Readiness.Scored scored) {
        RuleResult r = scored.result();
        String status = r.status().id() + scored.waiver().map(w -> " (waived until " + w.expires() + ")").orElse("");
        html.markup("<tr class=\"" + r.status().id() + "\"><td>").text(r.rule().id() + " — " + r.rule().title())
                .markup("</td><td>").text(r.rule().severity().label()).markup("</td><td>").text(status)
                .markup("</td><td>").text(r.outcome().summary());
        List<Evidence> evidence = r.outcome().evidence();
        for (Evidence e : evidence.subList(0, Math.min(EVIDENCE_SHOWN, evidence.size()))) {
            String place = e.file().isEmpty() ? "" : e.file() + (e.line() > 0 ? ":" + e.line() : "") + ": ";
            html.element("p", "evidence", place + e.text());
        }
        if (evidence.size() > EVIDENCE_SHOWN) {
            html.element("p", "evidence", "… and " + (evidence.size() - EVIDENCE_SHOWN) + " more");
        }
        html.markup("</td></tr>\n");
    }

    static void comparisons(HtmlWriter html, List<ComparisonRow> comparisons) {
        html.heading("Comparisons");
        if (comparisons.isEmpty()) {
            html.element("p", "pending", "No comparison run stored yet.");
            return;
        }
        html.tableStart(List.of("Comparison", "Verdict", "Summary", "Run at"));
        for (ComparisonRow c : comparisons) {
            String verdict = c.identical() ? "identical" : "differences";
            html.row(verdict, List.of(c.title() + " (" + c.id() + ")", verdict, c.summary(), c.ranAt().toString()));
        }
        html.tableEnd();
    }
}
