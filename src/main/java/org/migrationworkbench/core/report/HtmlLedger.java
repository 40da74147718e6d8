package org.migrationworkbench.core.report;

import java.util.List;
import java.util.Locale;

import org.migrationworkbench.core.report.StatusReport.SignoffRow;
import org.migrationworkbench.core.report.dashboard.LedgerCheck;
import org.migrationworkbench.core.signoff.SignoffRecord;

/**
 * The sign-off ledger in {@link HtmlReport}: a danger box near the top when the chain does not verify, and the
 * sign-offs section, whose records are marked unverified then, so no approval reads as valid.
 */
final class HtmlLedger {
    static final String CSS = """
            .ledger-broken{border:2px solid #b02a37;border-left-width:8px;background:#fdf0f1;color:#3d0a10;
            padding:.2em 1em .6em 1em;margin:1.2em 0}
            .ledger-broken h2{color:#b02a37;border-bottom:none;margin:.4em 0 .2em 0}
            .ledger-broken table{background:#fff}.ledger-broken th{background:#f8d7da}
            .ledger-broken td.kind,.ledger-broken td.seq{white-space:nowrap;font-weight:bold}
            .ledger-warning{color:#b02a37;font-weight:bold}.ledger-intact{color:#1e6b34;font-weight:bold}
            tr.unverified{background:#f8d7da}
            """;

    private HtmlLedger() {
    }

    /** The danger box with every problem, when the ledger does not verify; nothing when it does. */
    static void alert(HtmlWriter html, LedgerCheck ledger) {
        if (ledger.intact()) {
            return;
        }
        html.markup("<div class=\"ledger-broken\" id=\"ledger-broken\">\n");
        html.element("h2", "", ledger.headline());
        html.element("p", "", ledger.summary());
        html.markup("<table><thead><tr><th>Kind</th><th>Record</th><th>What was found</th></tr></thead><tbody>\n");
        for (LedgerCheck.Problem p : ledger.problems()) {
            html.markup("<tr><td class=\"kind\">").text(p.kind()).markup("</td><td class=\"seq\">")
                    .text(String.valueOf(p.seq())).markup("</td><td>").text(p.message()).markup("</td></tr>\n");
        }
        html.tableEnd();
        html.markup("</div>\n");
    }

    /** Every ledger record with its standing, after whether the ledger verifies and the chain head as written. */
    static void signoffs(HtmlWriter html, StatusReport report, LedgerCheck ledger) {
        html.heading("Sign-offs");
        if (ledger.intact()) {
            html.element("p", "ledger-intact", "✓ " + ledger.headline());
        } else {
            html.element("p", "ledger-warning", ledger.headline() + " (" + ledger.problemCount() + ", listed at "
                    + "the top of this report): every sign-off below is unverified and must not be relied on.");
        }
        // a broken ledger may end elsewhere: the head file then says where it ended when it was last written
        String head = ledger.intact() ? "Chain head: " : "Chain head as Migration Workbench last wrote it: ";
        html.element("p", "meta", report.chainHead().map(h -> head + "record " + h.seq() + ", hash "
                + h.chainHash()).orElse(head + "none (nothing signed yet)"));
        if (report.signoffs().isEmpty()) {
            return;
        }
        html.tableStart(List.of("#", "Gate", "Role", "Person", "Decision", "Signed at", "Standing", "Comment"));
        for (SignoffRow row : report.signoffs()) {
            SignoffRecord r = row.record();
            String standing = row.standing().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            String css = !ledger.intact() ? "unverified" : row.standing() == StatusReport.Standing.STALE ? "stale"
                    : "";
            html.row(css, List.of(String.valueOf(r.seq()), r.gate(), r.role(), r.person() + " <"
                    + r.signoff().email() + ">", r.decision().id(), r.signoff().signedAt().toString(),
                    ledger.intact() ? standing : standing + " · unverified", r.signoff().comment()));
        }
        html.tableEnd();
    }
}
