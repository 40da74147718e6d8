package org.migrationworkbench.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.migrationworkbench.core.model.DateRange;
import org.migrationworkbench.core.timeline.TimelineRow;
import org.migrationworkbench.core.timeline.TimelineScale;
import org.migrationworkbench.ui.common.Styles;

/**
 * The baseline layer of the chart: each row's baselined days as a thin grey bar just under its current bar (id
 * {@code planned-<phase id>}), and "+N d" in red after the bars that end later than baselined (id
 * {@code slip-<phase id>}). Drawn only while the baseline is shown; clicks pass through to the bars.
 */
final class GanttBaseline {
    static final double PLANNED_HEIGHT = 4;
    private static final double GAP = 2;
    /** Room for the gate diamond at a bar's end before the slip flag. */
    private static final double AFTER_BAR = 12;

    private GanttBaseline() {
    }

    /** The baseline nodes of rows {@code first} to {@code last} (inclusive). */
    static List<Node> of(List<TimelineRow> rows, TimelineScale scale, int first, int last) {
        List<Node> nodes = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            TimelineRow row = rows.get(i);
            int index = i;
            row.planned().ifPresent(days -> nodes.add(planned(row.id(), days, index, scale)));
            if (row.slipDays() > 0) {
                nodes.add(slip(row, row.dates().orElseThrow(), index, scale));
            }
        }
        return nodes;
    }

    private static Node planned(String id, DateRange days, int index, TimelineScale scale) {
        double x = scale.x(days.start());
        double width = Math.max(scale.x(days.end().plusDays(1)) - x, 3);
        double y = scale.middle(index) + TimelineScale.BAR_HEIGHT / 2 + GAP;
        Rectangle bar = new Rectangle(x, y, width, PLANNED_HEIGHT);
        bar.setId("planned-" + id);
        bar.getStyleClass().add(Styles.GANTT_PLANNED);
        bar.setMouseTransparent(true);
        return bar;
    }

    private static Node slip(TimelineRow row, DateRange now, int index, TimelineScale scale) {
        Text flag = new Text(scale.x(now.end().plusDays(1)) + AFTER_BAR, scale.middle(index) + 4,
                "+" + row.slipDays() + " d");
        flag.setId("slip-" + row.id());
        flag.getStyleClass().add(Styles.GANTT_SLIP);
        flag.setMouseTransparent(true);
        return flag;
    }
}
