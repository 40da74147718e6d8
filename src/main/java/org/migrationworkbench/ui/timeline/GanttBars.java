package org.migrationworkbench.ui.timeline;

import org.migrationworkbench.core.timeline.TimelineRow;
import org.migrationworkbench.core.timeline.TimelineScale;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.migrationworkbench.core.model.DateRange;
import org.migrationworkbench.core.model.Risk;
import org.migrationworkbench.ui.common.Styles;

/** One phase's bar with its progress fill, risk marker and gate diamond; or "unscheduled" for a phase without days. */
final class GanttBars {
    private static final double DIAMOND = 7;
    private static final String TOOLTIP = "wb-gantt-tooltip";

    private GanttBars() {
    }

    /** The bar group of row {@code index} (id {@code bar-<phase id>}); clicking it calls {@code choose}. */
    static Node bar(TimelineRow row, int index, TimelineScale scale, Consumer<String> choose) {
        Group group = new Group();
        group.setId("bar-" + row.id());
        group.getStyleClass().add(Styles.GANTT_BAR_GROUP);
        group.setUserData(row);
        group.setOnMouseClicked(e -> choose.accept(row.id()));
        group.getChildren().addAll(row.dates().map(d -> drawn(row, d, index, scale))
                .orElseGet(() -> unscheduled(index)));
        // a tooltip is a popup control, costly to build for every row drawn while scrolling: made on first hover
        group.setOnMouseEntered(e -> {
            if (group.getProperties().get(TOOLTIP) == null) {
                Tooltip tip = new Tooltip(row.title() + " — " + row.status().label());
                group.getProperties().put(TOOLTIP, tip);
                Tooltip.install(group, tip);
            }
        });
        return group;
    }

    private static List<Node> drawn(TimelineRow row, DateRange days, int index, TimelineScale scale) {
        double x = scale.x(days.start());
        double width = Math.max(scale.x(days.end().plusDays(1)) - x, 3);
        double y = scale.middle(index) - TimelineScale.BAR_HEIGHT / 2;
        Rectangle bar = new Rectangle(x, y, width, TimelineScale.BAR_HEIGHT);
        bar.setArcWidth(6);
        bar.setArcHeight(6);
        bar.getStyleClass().addAll(Styles.GANTT_BAR, status(row));
        if (row.critical()) {
            bar.getStyleClass().add(Styles.GANTT_CRITICAL);
        }
        Rectangle fill = new Rectangle(x, y, width * row.progress(), TimelineScale.BAR_HEIGHT);
        fill.setArcWidth(6);
        fill.setArcHeight(6);
        fill.getStyleClass().addAll(Styles.GANTT_PROGRESS, status(row));
        fill.setMouseTransparent(true);
        List<Node> nodes = new ArrayList<>(List.of(bar, fill, diamond(row, x + width, scale.middle(index))));
        if (row.risky()) {
            nodes.add(risk(row.risk(), x - 18, scale.middle(index)));
        }
        return nodes;
    }

    private static Node diamond(TimelineRow row, double x, double y) {
        Polygon diamond = new Polygon(x, y - DIAMOND, x + DIAMOND, y, x, y + DIAMOND, x - DIAMOND, y);
        diamond.getStyleClass().addAll(Styles.GANTT_GATE, "wb-gantt-gate-" + row.gate().name().toLowerCase());
        return diamond;
    }

    private static Node risk(Risk risk, double x, double y) {
        FontIcon icon = new FontIcon(Feather.ALERT_TRIANGLE);
        icon.getStyleClass().addAll(Styles.GANTT_RISK, "wb-gantt-risk-" + risk.label());
        icon.setLayoutX(x);
        icon.setLayoutY(y + 6);
        return icon;
    }

    private static List<Node> unscheduled(int index) {
        Text text = new Text(TimelineScale.LABEL_WIDTH + 12, 0, "unscheduled — no dates or weeks");
        text.setY(TimelineScale.HEADER_HEIGHT + index * TimelineScale.ROW_HEIGHT + 22);
        text.getStyleClass().add(Styles.GANTT_UNSCHEDULED);
        return List.of(text);
    }

    private static String status(TimelineRow row) {
        return "wb-gantt-status-" + row.status().name().toLowerCase().replace('_', '-');
    }
}
