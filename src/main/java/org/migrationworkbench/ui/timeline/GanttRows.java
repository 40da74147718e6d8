package org.migrationworkbench.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.migrationworkbench.core.timeline.TimelineRow;
import org.migrationworkbench.core.timeline.TimelineScale;
import org.migrationworkbench.ui.common.Styles;

/** The nodes of a range of rows: row lines (or the selected band), arrows, bars, and the label column's texts. */
final class GanttRows {
    private GanttRows() {
    }

    /**
     * Row lines, the arrows touching the rows, and the bars of rows {@code first} to {@code last}; {@code selected}
     * (a phase id, or null) gets a band; clicking a bar calls {@code choose}; with {@code baseline}, the planned
     * bars and slip flags too.
     */
    static List<Node> rows(List<TimelineRow> rows, TimelineScale scale, int first, int last, String selected,
                           Consumer<String> choose, boolean baseline) {
        List<Node> nodes = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            nodes.add(rowLine(scale, i, rows.get(i).id().equals(selected)));
        }
        nodes.addAll(GanttArrows.of(rows, scale, first, last));
        for (int i = first; i <= last; i++) {
            nodes.add(GanttBars.bar(rows.get(i), i, scale, choose));
        }
        if (baseline) {
            nodes.addAll(GanttBaseline.of(rows, scale, first, last));
        }
        return nodes;
    }

    /** The label column's back and the titles and ids of rows {@code first} to {@code last}. */
    static List<Node> labels(List<TimelineRow> rows, TimelineScale scale, int first, int last,
                             Consumer<String> choose) {
        Rectangle back = new Rectangle(0, 0, TimelineScale.LABEL_WIDTH - 24, scale.height());
        back.getStyleClass().add(Styles.GANTT_LABELS);
        List<Node> nodes = new ArrayList<>(List.of(back));
        for (int i = first; i <= last; i++) {
            TimelineRow row = rows.get(i);
            Text title = new Text(12, scale.y(i) + 15, clip(row.title(), 34));
            title.getStyleClass().add(row.critical() ? Styles.GANTT_TITLE_CRITICAL : Styles.GANTT_TITLE);
            Text id = new Text(12, scale.y(i) + 29, row.id());
            id.getStyleClass().add(Styles.GANTT_ID);
            title.setId("label-" + row.id());
            title.setOnMouseClicked(e -> choose.accept(row.id()));
            id.setOnMouseClicked(e -> choose.accept(row.id()));
            nodes.add(title);
            nodes.add(id);
        }
        return nodes;
    }

    private static Node rowLine(TimelineScale scale, int index, boolean selected) {
        if (selected) {
            Rectangle band = new Rectangle(0, scale.y(index), scale.width(), TimelineScale.ROW_HEIGHT);
            band.getStyleClass().add(Styles.GANTT_SELECTED);
            return band;
        }
        double y = scale.y(index + 1);
        Line line = new Line(0, y, scale.width(), y);
        line.getStyleClass().add(Styles.GANTT_ROW_LINE);
        return line;
    }

    private static String clip(String text, int max) {
        Objects.requireNonNull(text, "text");
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
