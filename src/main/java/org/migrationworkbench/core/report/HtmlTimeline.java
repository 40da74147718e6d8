package org.migrationworkbench.core.report;

import java.util.Base64;
import java.util.List;

import org.migrationworkbench.core.model.DateRange;
import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.core.timeline.Baseline;
import org.migrationworkbench.core.timeline.Slip;
import org.migrationworkbench.core.timeline.TimelineData;
import org.migrationworkbench.core.timeline.TimelineRow;

/**
 * The timeline section of {@link HtmlReport}: the {@link TimelinePicture} inline as a data URI (the page stays one
 * self-contained file), never wider than the page, with an alt text listing the phases; and the baseline note of the
 * phases table.
 */
final class HtmlTimeline {
    /** The picture shrinks to the page width, keeping its proportions; it never grows past its own size. */
    static final String CSS = "img.timeline{display:block;box-sizing:border-box;max-width:100%;height:auto;"
            + "border:1px solid #ccc;page-break-inside:avoid;break-inside:avoid;margin-bottom:.4em}\n"
            + ".continued{page-break-after:avoid;break-after:avoid}\n";

    /**
     * Rows per picture: a long plan is drawn as several pictures of the same days, each short enough for an A4
     * page at the page's width (40 rows of a 1,900 px wide chart are about 150 mm tall), so none is cut off.
     */
    static final int ROWS_PER_PICTURE = 40;

    private HtmlTimeline() {
    }

    static void section(HtmlWriter html, StatusReport report) {
        html.heading("Timeline");
        TimelineData data = ReportTimeline.of(report);
        if (data.rows().isEmpty()) {
            html.element("p", "", "No phases declared.");
            return;
        }
        List<TimelineRow> rows = data.rows();
        for (int from = 0; from < rows.size(); from += ROWS_PER_PICTURE) {
            List<TimelineRow> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_PICTURE));
            if (from > 0) {
                html.element("p", "meta continued", "Timeline, continued: phases " + (from + 1) + "–" + (from + part.size())
                        + " of " + rows.size() + " (arrows from phases on other pictures are not drawn)");
            }
            picture(html, new TimelineData(part, data.span(), data.today(), data.gatesRead(), data.baseline()));
        }
    }

    /** One picture; the days of {@code data.span()}, so every part of a long plan has the same axis. */
    private static void picture(HtmlWriter html, TimelineData data) {
        byte[] png = TimelinePicture.png(data);
        int width = (int) Math.ceil(TimelinePicture.scale(data).width());
        html.markup("<img class=\"timeline\" width=\"" + width + "\" src=\"data:image/png;base64,")
                .markup(Base64.getEncoder().encodeToString(png)).markup("\" alt=\"")
                .text(TimelinePicture.describe(data)).markup("\"/>\n");
    }

    /**
     * The phase's baseline in words: its planned end and how many days later it ends now ("planned end 2026-09-20,
     * +3 days"); "not in the baseline" when the baseline did not have it.
     */
    static String baselineNote(Baseline baseline, Phase phase) {
        DateRange planned = baseline.planned().get(phase.id());
        if (planned == null) {
            return "not in the baseline";
        }
        String note = "planned end " + planned.end();
        long slip = phase.schedule().map(d -> new Slip(phase.id(), planned, d).days()).orElse(0L);
        return slip > 0 ? note + ", +" + slip + (slip == 1 ? " day" : " days") : note + ", on plan";
    }
}
