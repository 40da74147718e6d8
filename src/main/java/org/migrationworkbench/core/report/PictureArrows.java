package org.migrationworkbench.core.report;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.migrationworkbench.core.timeline.TimelineRow;
import org.migrationworkbench.core.timeline.TimelineScale;

/**
 * The picture's dependency arrows, routed as on screen: from the end of each scheduled phase to the start of each
 * scheduled phase that needs it; red and thicker between two phases on the critical path.
 */
final class PictureArrows {
    private static final double STUB = 8;
    private static final double HEAD = 5;

    private PictureArrows() {
    }

    static void draw(Graphics2D g, List<TimelineRow> rows, TimelineScale scale) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            index.put(rows.get(i).id(), i);
        }
        for (int to = 0; to < rows.size(); to++) {
            TimelineRow row = rows.get(to);
            for (String dep : row.dates().isPresent() ? row.dependsOn() : List.<String>of()) {
                Integer from = index.get(dep);
                if (from != null && rows.get(from).dates().isPresent()) {
                    arrow(g, rows.get(from), from, row, to, scale);
                }
            }
        }
    }

    private static void arrow(Graphics2D g, TimelineRow from, int fromIndex, TimelineRow to, int toIndex,
                              TimelineScale scale) {
        double startX = scale.x(from.dates().orElseThrow().end().plusDays(1));
        double startY = scale.middle(fromIndex);
        double endX = scale.x(to.dates().orElseThrow().start());
        double endY = scale.middle(toIndex);
        double bendX = Math.max(startX + STUB, endX - STUB);
        Path2D path = new Path2D.Double();
        path.moveTo(startX, startY);
        path.lineTo(startX + STUB, startY);
        if (bendX > startX + STUB) {
            path.lineTo(bendX, startY);
        }
        if (endX - STUB < startX + STUB) {
            double midY = endY - Math.signum(endY - startY) * TimelineScale.ROW_HEIGHT / 2;
            path.lineTo(startX + STUB, midY);
            path.lineTo(endX - STUB, midY);
            path.lineTo(endX - STUB, endY);
        } else {
            path.lineTo(bendX, endY);
        }
        path.lineTo(endX - HEAD, endY);
        boolean critical = from.critical() && to.critical();
        g.setColor(critical ? PictureStyle.DANGER : PictureStyle.MUTED);
        g.setStroke(new BasicStroke(critical ? 1.5f : 1));
        g.draw(path);
        Path2D head = new Path2D.Double();
        head.moveTo(endX, endY);
        head.lineTo(endX - HEAD, endY - HEAD);
        head.lineTo(endX - HEAD, endY + HEAD);
        head.closePath();
        g.fill(head);
    }
}
