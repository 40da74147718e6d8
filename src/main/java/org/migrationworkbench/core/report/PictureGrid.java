package org.migrationworkbench.core.report;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.migrationworkbench.core.timeline.TimelineRow;
import org.migrationworkbench.core.timeline.TimelineScale;

/**
 * The timeline picture's time axis and label column, as the chart on screen draws them: weekend shading (when a day
 * is at least {@value #DAY_TICKS} px wide), tick lines, row lines, the header band with its tick labels, the today
 * line and the phase titles with their ids.
 */
final class PictureGrid {
    /** From this day width on, every day gets a tick and weekends are shaded (the screen's day zoom). */
    static final double DAY_TICKS = 20;
    /** From this day width on (and below {@link #DAY_TICKS}), Mondays get a tick (the week zoom); below, months. */
    static final double WEEK_TICKS = 5;

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final float[] DASH = {6, 4};

    private PictureGrid() {
    }

    /** Weekend shading, tick lines and row lines, under the bars. */
    static void background(Graphics2D g, TimelineScale scale) {
        double top = TimelineScale.HEADER_HEIGHT;
        g.setStroke(new BasicStroke(1));
        for (LocalDate day = scale.first(); !day.isAfter(scale.last()); day = day.plusDays(1)) {
            if (scale.pixelsPerDay() >= DAY_TICKS && day.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue()) {
                g.setColor(PictureStyle.SUBTLE);
                g.fill(new Rectangle2D.Double(scale.x(day), top, scale.pixelsPerDay(), scale.height() - top));
            }
            if (tick(day, scale)) {
                g.setColor(PictureStyle.BORDER);
                g.draw(new Line2D.Double(scale.x(day), top, scale.x(day), scale.height()));
            }
        }
        g.setColor(PictureStyle.ROW_LINE);
        for (int i = 0; i < scale.rows(); i++) {
            g.draw(new Line2D.Double(0, scale.y(i + 1), scale.width(), scale.y(i + 1)));
        }
    }

    /** The today line with its label; nothing when today is outside the drawn days. */
    static void today(Graphics2D g, TimelineScale scale, LocalDate today) {
        if (!scale.contains(today)) {
            return;
        }
        double x = scale.x(today) + scale.pixelsPerDay() / 2;
        g.setColor(PictureStyle.DANGER);
        g.setStroke(new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, DASH, 0));
        g.draw(new Line2D.Double(x, TimelineScale.HEADER_HEIGHT, x, scale.height()));
        g.setFont(PictureStyle.font(true, 11));
        // the picture ends where the days end: near the right edge the label goes left of the line
        double width = g.getFontMetrics().getStringBounds("today", g).getWidth();
        double labelX = x + 4 + width <= scale.width() ? x + 4 : x - 4 - width;
        g.drawString("today", (float) labelX, (float) TimelineScale.HEADER_HEIGHT + 12);
    }

    /** The label column: each phase's title (bold red on the critical path) over its id. */
    static void labels(Graphics2D g, TimelineScale scale, List<TimelineRow> rows) {
        Rectangle2D back = new Rectangle2D.Double(0, 0, TimelineScale.LABEL_WIDTH - 24, scale.height());
        g.setColor(PictureStyle.BACKGROUND);
        g.fill(back);
        g.setColor(PictureStyle.BORDER);
        g.setStroke(new BasicStroke(1));
        g.draw(back);
        for (int i = 0; i < rows.size(); i++) {
            TimelineRow row = rows.get(i);
            g.setColor(row.critical() ? PictureStyle.DANGER : PictureStyle.TEXT);
            g.setFont(PictureStyle.font(row.critical(), 12.5f));
            g.drawString(clip(row.title(), 34), 12f, (float) scale.y(i) + 15);
            g.setColor(PictureStyle.MUTED);
            g.setFont(PictureStyle.font(false, 10.5f));
            g.drawString(row.id(), 12f, (float) scale.y(i) + 29);
        }
    }

    /** The header band with the tick labels, over everything else. */
    static void header(Graphics2D g, TimelineScale scale) {
        g.setColor(PictureStyle.SUBTLE);
        g.fill(new Rectangle2D.Double(0, 0, scale.width(), TimelineScale.HEADER_HEIGHT));
        g.setColor(PictureStyle.MUTED);
        g.setFont(PictureStyle.font(false, 11));
        for (LocalDate day = scale.first(); !day.isAfter(scale.last()); day = day.plusDays(1)) {
            if (tick(day, scale) && scale.x(day) >= TimelineScale.LABEL_WIDTH) {
                g.drawString(label(day, scale), (float) scale.x(day) + 3, (float) TimelineScale.HEADER_HEIGHT - 10);
            }
        }
    }

    private static boolean tick(LocalDate day, TimelineScale scale) {
        if (scale.pixelsPerDay() >= DAY_TICKS) {
            return true;
        }
        return scale.pixelsPerDay() >= WEEK_TICKS ? day.getDayOfWeek() == DayOfWeek.MONDAY : day.getDayOfMonth() == 1;
    }

    private static String label(LocalDate day, TimelineScale scale) {
        if (scale.pixelsPerDay() >= DAY_TICKS) {
            return day.getDayOfWeek() == DayOfWeek.MONDAY ? day.format(DAY_MONTH) : "";
        }
        return scale.pixelsPerDay() >= WEEK_TICKS ? day.format(DAY_MONTH) : day.format(MONTH_YEAR);
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
