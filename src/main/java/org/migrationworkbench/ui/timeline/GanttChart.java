package org.migrationworkbench.ui.timeline;

import org.migrationworkbench.core.timeline.TimelineData;
import org.migrationworkbench.core.timeline.TimelineRow;
import org.migrationworkbench.core.timeline.TimelineScale;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import org.migrationworkbench.ui.common.Styles;

/**
 * The Gantt chart drawn in code inside a scroll pane. The label column stays at the left and the header at the top
 * while scrolling. Only the rows in view (and a few around them) are nodes, so a plan of hundreds of phases shows
 * and scrolls as fast as a small one; the axis is redrawn when the data, zoom or selection changes, the rows when
 * the view moves past the drawn ones.
 */
final class GanttChart {
    private static final int MARGIN_ROWS = 10;
    private static final double ASSUMED_VIEW_HEIGHT = 1200;

    private final TimelineViewModel model;
    private final Pane canvas = new Pane();
    private final ScrollPane scroll = new ScrollPane(canvas);
    private final Group rowLayer = new Group();
    private final Group labels = new Group();
    private final Group header = new Group();
    private TimelineScale scale;
    private int drawnFirst;
    private int drawnLast = -1;

    GanttChart(TimelineViewModel model) {
        this.model = model;
        createView();
        initListeners();
        draw();
    }

    ScrollPane node() {
        return scroll;
    }

    /** The width of a day as drawn now (at {@link Zoom#FIT}, the one that fits the view). */
    double pixelsPerDay() {
        return scale.pixelsPerDay();
    }

    private void createView() {
        canvas.setId("gantt-chart");
        canvas.getStyleClass().add(Styles.GANTT);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setPannable(true);
    }

    private void initListeners() {
        model.dataProperty().addListener((obs, was, now) -> draw());
        model.zoomProperty().addListener((obs, was, now) -> draw());
        model.selectedProperty().addListener((obs, was, now) -> draw());
        model.baselineShownProperty().addListener((obs, was, now) -> draw());
        scroll.hvalueProperty().addListener((obs, was, now) -> stick());
        scroll.vvalueProperty().addListener((obs, was, now) -> scrolled());
        scroll.viewportBoundsProperty().addListener((obs, was, now) -> {
            if (model.zoomProperty().get() == Zoom.FIT && was.getWidth() != now.getWidth()) {
                draw();
            } else {
                scrolled();
            }
        });
    }

    /** The width the chart gets at {@link Zoom#FIT}: the view's, less a pixel so no horizontal bar shows. */
    private double fitWidth() {
        double width = scroll.getViewportBounds().getWidth();
        return (width > TimelineScale.LABEL_WIDTH + 100 ? width : 1000) - 1;
    }

    private void scrolled() {
        drawRowsInView(false);
        stick();
    }

    private void draw() {
        TimelineData data = model.dataProperty().get();
        Zoom chosen = model.zoomProperty().get();
        double pixelsPerDay = chosen == Zoom.FIT ? TimelineScale.pixelsPerDayToFit(data, fitWidth(), Zoom.FIT_MINIMUM)
                : chosen.pixelsPerDay();
        Zoom zoom = Zoom.axisFor(pixelsPerDay);
        scale = TimelineScale.of(data, pixelsPerDay);
        canvas.setPrefSize(scale.width(), scale.height());
        canvas.setMinSize(scale.width(), scale.height());
        canvas.getChildren().setAll(GanttGrid.background(scale, zoom));
        canvas.getChildren().add(rowLayer);
        canvas.getChildren().addAll(GanttGrid.today(scale, data.today()));
        header.getChildren().setAll(GanttGrid.header(scale, zoom));
        canvas.getChildren().addAll(labels, header);
        drawRowsInView(true);
        stick();
    }

    /** Draws the rows in view and around them, unless {@code force} is false and they are drawn already. */
    private void drawRowsInView(boolean force) {
        List<TimelineRow> rows = rows();
        double viewHeight = scroll.getViewportBounds().getHeight();
        double height = viewHeight > 0 ? viewHeight : ASSUMED_VIEW_HEIGHT;
        double top = scroll.getVvalue() * Math.max(0, canvas.getMinHeight() - height);
        int first = Math.max(0, (int) ((top - TimelineScale.HEADER_HEIGHT) / TimelineScale.ROW_HEIGHT));
        int last = Math.min(rows.size() - 1, (int) ((top + height) / TimelineScale.ROW_HEIGHT));
        if (!force && first >= drawnFirst && last <= drawnLast) {
            return;
        }
        drawnFirst = Math.max(0, first - MARGIN_ROWS);
        drawnLast = Math.min(rows.size() - 1, last + MARGIN_ROWS);
        String selected = model.selectedProperty().get();
        rowLayer.getChildren().setAll(GanttRows.rows(rows, scale, drawnFirst, drawnLast, selected,
                model.selectedProperty()::set, model.baselineShownProperty().get()));
        labels.getChildren().setAll(GanttRows.labels(rows, scale, drawnFirst, drawnLast,
                model.selectedProperty()::set));
    }

    private List<TimelineRow> rows() {
        return model.dataProperty().get().rows();
    }

    /** Keeps the label column at the viewport's left and the header at its top. */
    private void stick() {
        double viewW = scroll.getViewportBounds().getWidth();
        double viewH = scroll.getViewportBounds().getHeight();
        labels.setTranslateX(Math.max(0, canvas.getMinWidth() - viewW) * scroll.getHvalue());
        header.setTranslateY(Math.max(0, canvas.getMinHeight() - viewH) * scroll.getVvalue());
    }
}
