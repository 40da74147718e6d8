package org.migrationworkbench.ui.timeline;

import org.migrationworkbench.core.timeline.TimelineRow;
import org.migrationworkbench.core.timeline.TimelineScale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import org.migrationworkbench.ui.common.Styles;

/** Dependency arrows: from the end of each scheduled phase to the start of each scheduled phase that needs it. */
final class GanttArrows {
    private static final double STUB = 8;
    private static final double HEAD = 5;

    private GanttArrows() {
    }

    /** The arrows that touch or cross rows {@code first} to {@code last}. */
    static List<Node> of(List<TimelineRow> rows, TimelineScale scale, int first, int last) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            index.put(rows.get(i).id(), i);
        }
        List<Node> nodes = new ArrayList<>();
        for (int to = 0; to < rows.size(); to++) {
            TimelineRow row = rows.get(to);
            if (row.dates().isEmpty()) {
                continue;
            }
            for (String dep : row.dependsOn()) {
                Integer from = index.get(dep);
                boolean inView = Math.min(from == null ? to : from, to) <= last
                        && Math.max(from == null ? to : from, to) >= first;
                if (from != null && inView && rows.get(from).dates().isPresent()) {
                    nodes.addAll(arrow(rows.get(from), from, row, to, scale));
                }
            }
        }
        return nodes;
    }

    private static List<Node> arrow(TimelineRow from, int fromIndex, TimelineRow to, int toIndex, TimelineScale scale) {
        double startX = scale.x(from.dates().orElseThrow().end().plusDays(1));
        double startY = scale.middle(fromIndex);
        double endX = scale.x(to.dates().orElseThrow().start());
        double endY = scale.middle(toIndex);
        double bendX = Math.max(startX + STUB, endX - STUB);
        Path path = new Path(new MoveTo(startX, startY), new LineTo(startX + STUB, startY));
        if (bendX > startX + STUB) {
            path.getElements().add(new LineTo(bendX, startY));
        }
        double midY = endY - Math.signum(endY - startY) * TimelineScale.ROW_HEIGHT / 2;
        if (endX - STUB < startX + STUB) {
            path.getElements().addAll(new LineTo(startX + STUB, midY), new LineTo(endX - STUB, midY),
                    new LineTo(endX - STUB, endY));
        } else {
            path.getElements().add(new LineTo(bendX, endY));
        }
        path.getElements().add(new LineTo(endX - HEAD, endY));
        path.getStyleClass().add(to.critical() && from.critical() ? Styles.GANTT_ARROW_CRITICAL : Styles.GANTT_ARROW);
        path.setMouseTransparent(true);
        Polygon head = new Polygon(endX, endY, endX - HEAD, endY - HEAD, endX - HEAD, endY + HEAD);
        head.getStyleClass().add(to.critical() && from.critical() ? Styles.GANTT_HEAD_CRITICAL : Styles.GANTT_HEAD);
        head.setMouseTransparent(true);
        return List.of(path, head);
    }
}
