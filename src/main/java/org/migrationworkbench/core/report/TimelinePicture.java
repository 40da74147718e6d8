package org.migrationworkbench.core.report;

import java.awt.AWTError;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.migrationworkbench.core.timeline.TimelineData;
import org.migrationworkbench.core.timeline.TimelineRow;
import org.migrationworkbench.core.timeline.TimelineScale;

/**
 * The timeline as a picture for reports and the command line, drawn with Java2D (no JavaFX) in the same geometry as
 * the chart on screen ({@link TimelineScale}): the whole chart, not a viewport. Works headless; text uses the
 * embedded DejaVu Sans fonts only.
 *
 * <p>Day width ({@link #pixelsPerDay}): the plan is fitted into {@value #FIT_WIDTH} px at scale 1 (label column
 * included), but never wider than the screen's week zoom ({@value #MAX_PIXELS_PER_DAY} px a day, so a short plan is
 * not blown up) and never narrower than {@value #MIN_PIXELS_PER_DAY} px a day (so a very long plan grows wider
 * instead of becoming unreadable; about 1,800 px at scale 1 for two years).
 */
public final class TimelinePicture {
    /** Scale of the pictures in reports and from the command line: sharp on high-density screens and in print. */
    public static final double REPORT_SCALE = 2;
    public static final double FIT_WIDTH = 1600;
    public static final double MAX_PIXELS_PER_DAY = 8;
    public static final double MIN_PIXELS_PER_DAY = 2;

    private TimelinePicture() {
    }

    /**
     * Starts loading the fonts and Java2D's drawing code on a daemon thread, so a command that draws a picture after
     * reading the workspace and the store (a few hundred milliseconds) finds them ready. Optional; failures are left
     * to the real drawing to report.
     */
    public static void warmUp() {
        Thread thread = new Thread(() -> {
            try {
                TimelineData empty = new TimelineData(List.of(), Optional.empty(), LocalDate.of(2000, 1, 3), true,
                        Optional.empty());
                draw(empty, TimelineScale.of(empty, MAX_PIXELS_PER_DAY), 1);
                PictureStyle.font(true, 11);
            } catch (RuntimeException | LinkageError | AWTError e) {
                // the picture drawn for real reports it, in the caller's thread
            }
        }, "timeline-picture-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** The day width the picture of {@code data} uses, in pixels at scale 1. */
    public static double pixelsPerDay(TimelineData data) {
        return Math.min(MAX_PIXELS_PER_DAY, TimelineScale.pixelsPerDayToFit(data, FIT_WIDTH, MIN_PIXELS_PER_DAY));
    }

    /** The geometry of the picture of {@code data} at scale 1. */
    public static TimelineScale scale(TimelineData data) {
        return TimelineScale.of(data, pixelsPerDay(data));
    }

    /** The PNG bytes of the picture of {@code data} at {@link #REPORT_SCALE}. */
    public static byte[] png(TimelineData data) {
        return png(draw(data, scale(data), REPORT_SCALE));
    }

    /**
     * The whole chart of {@code data} laid out by {@code scale}, drawn {@code factor} times larger: the image is
     * {@code ceil(scale.width() × factor)} by {@code ceil(scale.height() × factor)} pixels.
     */
    public static BufferedImage draw(TimelineData data, TimelineScale scale, double factor) {
        int width = (int) Math.ceil(scale.width() * factor);
        int height = (int) Math.ceil(scale.height() * factor);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(PictureStyle.BACKGROUND);
            g.fillRect(0, 0, width, height);
            g.scale(factor, factor);
            layers(g, data, scale);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The layers in the screen's order: grid, arrows, bars, today line, label column, header. */
    private static void layers(Graphics2D g, TimelineData data, TimelineScale scale) {
        List<TimelineRow> rows = data.rows();
        PictureGrid.background(g, scale);
        PictureArrows.draw(g, rows, scale);
        for (int i = 0; i < rows.size(); i++) {
            PictureBars.row(g, rows.get(i), i, scale);
        }
        PictureGrid.today(g, scale, data.today());
        PictureGrid.labels(g, scale, rows);
        PictureGrid.header(g, scale);
    }

    /** {@code image} encoded as PNG (RGB; alpha is dropped). */
    public static byte[] png(BufferedImage image) {
        return PngEncoder.encode(image);
    }

    /** A one-line description of the picture for readers who cannot see it: each phase with its status and days. */
    public static String describe(TimelineData data) {
        StringBuilder text = new StringBuilder("Timeline of ").append(data.rows().size()).append(" phases");
        String separator = ": ";
        for (TimelineRow row : data.rows()) {
            text.append(separator).append(row.title()).append(" (").append(row.id()).append(", ")
                    .append(row.status().label()).append(", ")
                    .append(row.dates().map(DayRanges::of).orElse("unscheduled")).append(')');
            separator = "; ";
        }
        return text.toString();
    }
}
