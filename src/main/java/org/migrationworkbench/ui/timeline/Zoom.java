package org.migrationworkbench.ui.timeline;

/** How wide one day is drawn on the timeline. */
public enum Zoom {
    DAY("Day", 28), WEEK("Week", 8), MONTH("Month", 2.5);

    private final String label;
    private final double pixelsPerDay;

    Zoom(String label, double pixelsPerDay) {
        this.label = label;
        this.pixelsPerDay = pixelsPerDay;
    }

    public String label() {
        return label;
    }

    /** The width of one day in pixels. */
    public double pixelsPerDay() {
        return pixelsPerDay;
    }
}
