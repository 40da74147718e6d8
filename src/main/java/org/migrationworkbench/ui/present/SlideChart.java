package org.migrationworkbench.ui.present;

import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.migrationworkbench.core.timeline.TimelineData;
import org.migrationworkbench.core.timeline.TimelineScale;
import org.migrationworkbench.ui.timeline.WholeChart;
import org.migrationworkbench.ui.timeline.Zoom;

/**
 * The whole timeline on a slide, in large type: the chart is drawn with days that make it fill the slide's width at
 * {@link #LARGE} times its normal size, and shrinks only when its rows would not fit the height. Drawn again when
 * the slide's size changes.
 */
final class SlideChart extends Pane {
    /** How much larger than on screen the chart's text and bars are drawn. */
    static final double LARGE = 1.6;

    private final TimelineData data;
    private Region chart;
    private double drawnWidth = -1;

    SlideChart(TimelineData data) {
        this.data = data;
        setMinSize(0, 0);
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        if (width != drawnWidth) {
            chart = WholeChart.of(data, TimelineScale.pixelsPerDayToFit(data, width / LARGE, Zoom.FIT_MINIMUM));
            getChildren().setAll(chart);
            drawnWidth = width;
        }
        double chartWidth = chart.prefWidth(-1);
        double chartHeight = chart.prefHeight(-1);
        double scale = Math.min(width / chartWidth, Math.min(LARGE, height / chartHeight));
        chart.resize(chartWidth, chartHeight);
        chart.setScaleX(scale);
        chart.setScaleY(scale);
        chart.relocate((scale - 1) * chartWidth / 2, (scale - 1) * chartHeight / 2);
    }

    @Override
    protected double computePrefHeight(double width) {
        return TimelineScale.of(data, 1).height() * LARGE;
    }
}
