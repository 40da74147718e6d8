package org.migrationworkbench.ui.timeline;

import org.migrationworkbench.core.timeline.TimelineScale;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.migrationworkbench.ui.common.Styles;

/** The time axis behind the bars: weekend shading (day zoom), grid lines, the header ticks and the today line. */
final class GanttGrid {
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    /** Room the "today" label needs beside the line. */
    private static final double TODAY_LABEL_ROOM = 42;

    private GanttGrid() {
    }

    /** Shading and grid lines, drawn under the bars. */
    static List<Node> background(TimelineScale scale, Zoom zoom) {
        List<Node> nodes = new ArrayList<>();
        for (LocalDate day = scale.first(); !day.isAfter(scale.last()); day = day.plusDays(1)) {
            if (zoom == Zoom.DAY && day.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue()) {
                Rectangle weekend = new Rectangle(scale.x(day), TimelineScale.HEADER_HEIGHT, scale.pixelsPerDay(),
                        scale.height() - TimelineScale.HEADER_HEIGHT);
                weekend.getStyleClass().add(Styles.GANTT_WEEKEND);
                nodes.add(weekend);
            }
            if (tick(day, zoom)) {
                Line line = new Line(scale.x(day), TimelineScale.HEADER_HEIGHT, scale.x(day), scale.height());
                line.getStyleClass().add(Styles.GANTT_GRID);
                nodes.add(line);
            }
        }
        return nodes;
    }

    /** The header's tick labels on a band, drawn over the bars so it can stay on top when scrolling. */
    static List<Node> header(TimelineScale scale, Zoom zoom) {
        List<Node> nodes = new ArrayList<>();
        Rectangle band = new Rectangle(0, 0, scale.width(), TimelineScale.HEADER_HEIGHT);
        band.getStyleClass().add(Styles.GANTT_HEADER);
        nodes.add(band);
        for (LocalDate day = scale.first(); !day.isAfter(scale.last()); day = day.plusDays(1)) {
            if (tick(day, zoom)) {
                Text text = new Text(scale.x(day) + 3, TimelineScale.HEADER_HEIGHT - 10, label(day, zoom));
                text.getStyleClass().add(Styles.GANTT_TICK);
                nodes.add(text);
            }
        }
        return nodes;
    }

    /** The today line with its label; empty when today is outside the drawn days. */
    static List<Node> today(TimelineScale scale, LocalDate today) {
        if (!scale.contains(today)) {
            return List.of();
        }
        double x = scale.x(today) + scale.pixelsPerDay() / 2;
        Line line = new Line(x, TimelineScale.HEADER_HEIGHT, x, scale.height());
        line.setId("today-line");
        line.getStyleClass().add(Styles.GANTT_TODAY);
        Text text = new Text(x + 4, TimelineScale.HEADER_HEIGHT + 12, "today");
        text.getStyleClass().add(Styles.GANTT_TODAY_LABEL);
        if (x + TODAY_LABEL_ROOM > scale.width()) {
            text.setX(x - TODAY_LABEL_ROOM); // at the chart's right edge the label goes left of the line
        }
        return List.of(line, text);
    }

    private static boolean tick(LocalDate day, Zoom zoom) {
        return switch (zoom) {
            case DAY -> true;
            case WEEK -> day.getDayOfWeek() == DayOfWeek.MONDAY;
            case MONTH, FIT -> day.getDayOfMonth() == 1;
        };
    }

    private static String label(LocalDate day, Zoom zoom) {
        return switch (zoom) {
            case DAY -> day.getDayOfWeek() == DayOfWeek.MONDAY ? day.format(DAY_MONTH)
                    : "";
            case WEEK -> day.format(DAY_MONTH);
            case MONTH, FIT -> day.format(MONTH_YEAR);
        };
    }
}
