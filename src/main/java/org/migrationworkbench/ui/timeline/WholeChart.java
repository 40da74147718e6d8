package org.migrationworkbench.ui.timeline;

import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import org.migrationworkbench.core.timeline.TimelineData;
import org.migrationworkbench.core.timeline.TimelineScale;
import org.migrationworkbench.ui.common.Styles;

/**
 * The whole Gantt chart of a timeline as one node, every row drawn and nothing scrolled: what the presenter's
 * timeline slide shows and what the PNG export takes a snapshot of. Not interactive.
 */
public final class WholeChart {
    private WholeChart() {
    }

    /** The chart of {@code data} with days {@code pixelsPerDay} wide, sized to the whole chart. */
    public static Pane of(TimelineData data, double pixelsPerDay) {
        TimelineScale scale = TimelineScale.of(data, pixelsPerDay);
        Zoom axis = Zoom.axisFor(pixelsPerDay);
        Pane pane = new Pane();
        pane.getStyleClass().add(Styles.GANTT);
        pane.setPrefSize(scale.width(), scale.height());
        pane.setMinSize(scale.width(), scale.height());
        pane.setMaxSize(scale.width(), scale.height());
        pane.setClip(new Rectangle(scale.width(), scale.height())); // strokes at the edges stay inside the picture
        int last = data.rows().size() - 1;
        pane.getChildren().addAll(GanttGrid.background(scale, axis));
        pane.getChildren().addAll(GanttRows.rows(data.rows(), scale, 0, last, null, id -> { },
                data.baseline().isPresent()));
        pane.getChildren().addAll(GanttGrid.today(scale, data.today()));
        pane.getChildren().addAll(GanttRows.labels(data.rows(), scale, 0, last, id -> { }));
        pane.getChildren().addAll(GanttGrid.header(scale, axis));
        return pane;
    }
}
