package org.migrationworkbench.ui.timeline;

import org.migrationworkbench.core.timeline.TimelineData;
import org.migrationworkbench.core.timeline.TimelineRow;
import org.migrationworkbench.core.timeline.TimelineScale;
import org.migrationworkbench.core.timeline.GateMark;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.migrationworkbench.ui.common.Styles;

/**
 * The Gantt chart drawn in code inside a scroll pane. The label column stays at the left and the header at the top
 * while scrolling. Redrawn whole when the data, zoom or selection changes.
 */
final class GanttChart {
    private final TimelineViewModel model;
    private final Pane canvas = new Pane();
    private final ScrollPane scroll = new ScrollPane(canvas);
    private final Group labels = new Group();
    private final Group header = new Group();

    GanttChart(TimelineViewModel model) {
        this.model = model;
        createView();
        initListeners();
        draw();
    }

    ScrollPane node() {
        return scroll;
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
        scroll.vvalueProperty().addListener((obs, was, now) -> stick());
        scroll.viewportBoundsProperty().addListener((obs, was, now) -> stick());
    }

    private void draw() {
        TimelineData data = model.dataProperty().get();
        Zoom zoom = model.zoomProperty().get();
        TimelineScale scale = TimelineScale.of(data, zoom.pixelsPerDay());
        List<TimelineRow> rows = data.rows();
        canvas.setPrefSize(scale.width(), scale.height());
        canvas.setMinSize(scale.width(), scale.height());
        canvas.getChildren().setAll(GanttGrid.background(scale, zoom));
        for (int i = 0; i < rows.size(); i++) {
            canvas.getChildren().add(rowLine(scale, i));
        }
        canvas.getChildren().addAll(GanttArrows.of(rows, scale));
        for (int i = 0; i < rows.size(); i++) {
            canvas.getChildren().add(GanttBars.bar(rows.get(i), i, scale, model.selectedProperty()::set));
        }
        if (model.baselineShownProperty().get()) {
            canvas.getChildren().addAll(GanttBaseline.of(rows, scale));
        }
        canvas.getChildren().addAll(GanttGrid.today(scale, data.today()));
        labels.getChildren().setAll(labelColumn(rows, scale));
        header.getChildren().setAll(GanttGrid.header(scale, zoom));
        canvas.getChildren().addAll(labels, header);
        stick();
    }

    private Node rowLine(TimelineScale scale, int index) {
        if (rows().get(index).id().equals(model.selectedProperty().get())) {
            Rectangle band = new Rectangle(0, scale.y(index), scale.width(), TimelineScale.ROW_HEIGHT);
            band.getStyleClass().add(Styles.GANTT_SELECTED);
            return band;
        }
        double y = scale.y(index + 1);
        Line line = new Line(0, y, scale.width(), y);
        line.getStyleClass().add(Styles.GANTT_ROW_LINE);
        return line;
    }

    private List<TimelineRow> rows() {
        return model.dataProperty().get().rows();
    }

    private List<Node> labelColumn(List<TimelineRow> rows, TimelineScale scale) {
        Rectangle back = new Rectangle(0, 0, TimelineScale.LABEL_WIDTH - 24, scale.height());
        back.getStyleClass().add(Styles.GANTT_LABELS);
        List<Node> nodes = new java.util.ArrayList<>(List.of(back));
        for (int i = 0; i < rows.size(); i++) {
            TimelineRow row = rows.get(i);
            Text title = new Text(12, scale.y(i) + 15, clip(row.title(), 34));
            title.getStyleClass().add(row.critical() ? Styles.GANTT_TITLE_CRITICAL : Styles.GANTT_TITLE);
            Text id = new Text(12, scale.y(i) + 29, row.id());
            id.getStyleClass().add(Styles.GANTT_ID);
            title.setId("label-" + row.id());
            title.setOnMouseClicked(e -> model.selectedProperty().set(row.id()));
            id.setOnMouseClicked(e -> model.selectedProperty().set(row.id()));
            nodes.add(title);
            nodes.add(id);
        }
        return nodes;
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Keeps the label column at the viewport's left and the header at its top. */
    private void stick() {
        double viewW = scroll.getViewportBounds().getWidth();
        double viewH = scroll.getViewportBounds().getHeight();
        labels.setTranslateX(Math.max(0, canvas.getMinWidth() - viewW) * scroll.getHvalue());
        header.setTranslateY(Math.max(0, canvas.getMinHeight() - viewH) * scroll.getVvalue());
    }
}
