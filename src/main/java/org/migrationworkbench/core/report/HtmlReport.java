package org.migrationworkbench.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.migrationworkbench.core.model.Metric;
import org.migrationworkbench.core.report.StatusReport.ChecklistRow;
import org.migrationworkbench.core.report.StatusReport.MetricRow;
import org.migrationworkbench.core.report.StatusReport.PhaseRow;
import org.migrationworkbench.core.report.dashboard.Dashboard;
import org.migrationworkbench.core.report.dashboard.PhaseCard;
import org.migrationworkbench.core.timeline.PhaseStatus;

/**
 * Renders a {@link StatusReport} as one self-contained HTML page: inline CSS, the timeline picture inline as a
 * data URI, no scripts, no external resources, every text from the workspace or the store escaped. Tables do not
 * break rows across printed pages. A sign-off ledger that does not verify is shown in a danger box under the title,
 * and its sign-offs as unverified.
 */
public final class HtmlReport {
    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#1a1a1a;margin:2em;line-height:1.4}
            h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.25em;margin-top:1.6em;border-bottom:2px solid #444}
            table{border-collapse:collapse;width:100%;margin:.5em 0;font-size:.92em}
            th,td{border:1px solid #999;padding:.3em .5em;text-align:left;vertical-align:top}
            th{background:#e8e8e8}tr{page-break-inside:avoid;break-inside:avoid}
            .meta{color:#444}.done,.met,.pass,.identical,.ready,.good{background:#dff0d8}
            .at_risk,.warn,.pending,.stale,.warning{background:#fcf3cf}.blocked,.bad,.missed,.fail,.error,.differences,
            .not_ready{background:#f8d7da}.evidence{font-family:monospace;font-size:.85em;color:#333;margin:0}
            @media print{body{margin:0;font-size:10pt}h2{page-break-after:avoid;break-after:avoid}
            thead{display:table-header-group}}
            """;

    private static final java.time.format.DateTimeFormatter GENERATED = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    private HtmlReport() {
    }

    /** The whole page; it is also well-formed XML (what {@link PdfReport} needs). */
    public static String render(StatusReport report) {
        return render(report, "");
    }

    /** The whole page with {@code extraCss} (fixed CSS of this package) after the page's own rules. */
    static String render(StatusReport report, String extraCss) {
        HtmlWriter html = new HtmlWriter();
        html.markup("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>\n<title>")
                .text("Migration status: " + report.workspace()).markup("</title>\n<style>\n").markup(CSS)
                .markup(HtmlTimeline.CSS).markup(HtmlLedger.CSS).markup(extraCss).markup("</style></head><body>\n");
        html.element("h1", "", "Migration status: " + report.workspace());
        html.element("p", "meta", "Generated " + GENERATED.format(report.generatedAt()) + " · statuses as of "
                + report.today());
        Dashboard dashboard = Dashboard.of(report);
        HtmlLedger.alert(html, dashboard.ledger());
        HtmlDashboard.summary(html, report, dashboard);
        HtmlTimeline.section(html, report);
        phases(html, report, dashboard);
        checklists(html, report.checklists());
        HtmlSections.readiness(html, report);
        HtmlSections.comparisons(html, report.comparisons());
        metrics(html, report.metrics());
        HtmlLedger.signoffs(html, report, dashboard.ledger());
        html.markup("</body></html>\n");
        return html.toString();
    }

    private static void phases(HtmlWriter html, StatusReport report, Dashboard dashboard) {
        html.heading("Phases");
        java.util.Map<String, PhaseCard> cards = new java.util.HashMap<>();
        dashboard.phases().forEach(c -> cards.put(c.id(), c));
        List<String> headers = new ArrayList<>(List.of("#", "Phase", "Dates", "Risk", "Status", "Gate", "Missing"));
        report.baseline().ifPresent(b -> headers.add("Baseline"));
        html.tableStart(headers);
        int order = 1;
        for (PhaseRow row : report.phases()) {
            String gate = HtmlDashboard.gateFacts(cards.get(row.phase().id()), row.phase().gates());
            List<String> cells = new ArrayList<>(List.of(String.valueOf(order++), row.phase().id() + " — "
                    + row.phase().title(), row.phase().schedule().map(DayRanges::of).orElse("unscheduled"),
                    row.phase().risk().label(), row.status().label(), gate, String.join("; ", row.gate().missing())));
            report.baseline().ifPresent(b -> cells.add(HtmlTimeline.baselineNote(b, row.phase())));
            html.row(css(row.status()), cells);
        }
        html.tableEnd();
    }

    private static void checklists(HtmlWriter html, List<ChecklistRow> checklists) {
        html.heading("Checklists");
        if (checklists.isEmpty()) {
            html.element("p", "", "No checklists declared.");
            return;
        }
        html.tableStart(List.of("Checklist", "Complete", "Done", "n/a", "Blocked", "Open"));
        for (ChecklistRow c : checklists) {
            html.row(List.of(c.title() + " (" + c.id() + ")", c.progress() + " ("
                    + Math.round(c.progress().ratio() * 100) + "%)", String.valueOf(c.progress().done()),
                    String.valueOf(c.progress().na()), String.valueOf(c.progress().blocked()),
                    String.valueOf(c.progress().open())));
        }
        html.tableEnd();
    }

    private static void metrics(HtmlWriter html, List<MetricRow> metrics) {
        html.heading("Success metrics");
        if (metrics.isEmpty()) {
            html.element("p", "", "No success metrics declared.");
            return;
        }
        html.tableStart(List.of("Metric", "Target", "Actual", "Status", "Phase"));
        for (MetricRow row : metrics) {
            Metric m = row.metric();
            html.row(row.verdict().name().toLowerCase(Locale.ROOT), List.of(m.name(), m.target().text(),
                    m.actual().orElse("—"), row.verdict().mark(), m.phase().orElse("")));
        }
        html.tableEnd();
    }

    private static String css(PhaseStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
