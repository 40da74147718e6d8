package org.migrationworkbench.ui.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where days and rows are drawn: x grows with days from {@code first}, after the label column; y grows with rows,
 * after the header.
 */
record GanttScale(LocalDate first, LocalDate last, double pixelsPerDay, int rows) {
    static final double LABEL_WIDTH = 290;
    static final double HEADER_HEIGHT = 34;
    static final double ROW_HEIGHT = 36;
    static final double BAR_HEIGHT = 16;
    static final double MARGIN_DAYS = 7;

    /** The scale of {@code data}: its span with a week's margin each side and today when close to it. */
    static GanttScale of(TimelineData data, Zoom zoom) {
        LocalDate start = data.span().map(s -> s.start()).orElse(data.today());
        LocalDate end = data.span().map(s -> s.end()).orElse(data.today());
        return new GanttScale(start.minusDays((long) MARGIN_DAYS), end.plusDays((long) MARGIN_DAYS),
                zoom.pixelsPerDay(), data.rows().size());
    }

    /** The left edge of {@code day}. */
    double x(LocalDate day) {
        return LABEL_WIDTH + ChronoUnit.DAYS.between(first, day) * pixelsPerDay;
    }

    /** The top of row {@code index}. */
    double y(int index) {
        return HEADER_HEIGHT + index * ROW_HEIGHT;
    }

    /** The vertical middle of row {@code index}. */
    double middle(int index) {
        return y(index) + ROW_HEIGHT / 2;
    }

    double width() {
        return x(last.plusDays(1));
    }

    double height() {
        return y(rows) + 8;
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
