package org.migrationworkbench.core.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where a timeline's days and rows are drawn, in pixels at scale 1, shared by the chart on screen and its picture:
 * x grows with days from {@code first}, after the label column; y grows with rows, after the header.
 */
public record TimelineScale(LocalDate first, LocalDate last, double pixelsPerDay, int rows) {
    public static final double LABEL_WIDTH = 290;
    public static final double HEADER_HEIGHT = 34;
    public static final double ROW_HEIGHT = 36;
    public static final double BAR_HEIGHT = 16;
    public static final double MARGIN_DAYS = 7;

    /** The fewest days drawn between the margins, however short the plan. */
    public static final long MIN_SPAN_DAYS = 28;

    /** How far from the plan today may be and still widen the chart to show the today line. */
    public static final long TODAY_REACH_DAYS = 183;

    /**
     * The scale of {@code data} at {@code pixelsPerDay}: its span with a week's margin each side, widened to today
     * when today is outside the span by no more than {@link #TODAY_REACH_DAYS} (so the today line shows), and to
     * at least {@link #MIN_SPAN_DAYS} days.
     */
    public static TimelineScale of(TimelineData data, double pixelsPerDay) {
        LocalDate today = data.today();
        LocalDate start = data.span().map(s -> s.start()).orElse(today);
        LocalDate end = data.span().map(s -> s.end()).orElse(today);
        if (today.isBefore(start) && ChronoUnit.DAYS.between(today, start) <= TODAY_REACH_DAYS) {
            start = today;
        }
        if (today.isAfter(end) && ChronoUnit.DAYS.between(end, today) <= TODAY_REACH_DAYS) {
            end = today;
        }
        if (ChronoUnit.DAYS.between(start, end) < MIN_SPAN_DAYS) {
            end = start.plusDays(MIN_SPAN_DAYS); // room for the axis labels and the "unscheduled" notes
        }
        return new TimelineScale(start.minusDays((long) MARGIN_DAYS), end.plusDays((long) MARGIN_DAYS),
                pixelsPerDay, data.rows().size());
    }

    /**
     * The day width that makes {@code data}'s chart exactly {@code width} pixels wide (label column included),
     * never below {@code minimum}.
     */
    public static double pixelsPerDayToFit(TimelineData data, double width, double minimum) {
        TimelineScale one = of(data, 1);
        double days = one.width() - LABEL_WIDTH;
        return Math.max(minimum, (width - LABEL_WIDTH) / days);
    }

    /** The left edge of {@code day}. */
    public double x(LocalDate day) {
        return LABEL_WIDTH + ChronoUnit.DAYS.between(first, day) * pixelsPerDay;
    }

    /** The top of row {@code index}. */
    public double y(int index) {
        return HEADER_HEIGHT + index * ROW_HEIGHT;
    }

    /** The vertical middle of row {@code index}. */
    public double middle(int index) {
        return y(index) + ROW_HEIGHT / 2;
    }

    public double width() {
        return x(last.plusDays(1));
    }

    public double height() {
        return y(rows) + 8;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
