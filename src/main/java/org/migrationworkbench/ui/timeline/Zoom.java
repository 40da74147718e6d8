package org.migrationworkbench.ui.timeline;

/** How wide one day is drawn on the timeline; {@link #FIT} makes the whole plan as wide as the view. */
public enum Zoom {
    DAY("Day", 28), WEEK("Week", 8), MONTH("Month", 2.5), FIT("Fit", Double.NaN);

    /** The narrowest day {@link #FIT} draws, so a plan of years still shows its bars. */
    public static final double FIT_MINIMUM = 0.5;

    private final String label;
    private final double pixelsPerDay;

    Zoom(String label, double pixelsPerDay) {
        this.label = label;
        this.pixelsPerDay = pixelsPerDay;
    }

    public String label() {
        return label;
    }

    /** The width of one day in pixels; NaN for {@link #FIT}, whose width depends on the view. */
    public double pixelsPerDay() {
        return pixelsPerDay;
    }

    /** The axis (ticks, labels, weekend shading) that suits days {@code pixelsPerDay} wide: day, week or month. */
    static Zoom axisFor(double pixelsPerDay) {
        return pixelsPerDay >= 20 ? DAY : pixelsPerDay >= 5 ? WEEK : MONTH;
    }
}
