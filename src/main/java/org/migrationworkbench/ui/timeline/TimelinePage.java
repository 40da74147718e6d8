package org.migrationworkbench.ui.timeline;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.migrationworkbench.ui.common.Navigator;
import org.migrationworkbench.ui.common.NodePictures;
import org.migrationworkbench.ui.common.PictureExport;
import org.migrationworkbench.ui.common.Styles;

/** The Timeline of one workspace: a header with zoom and refresh, a legend, the chart and the chosen phase. */
final class TimelinePage {
    private final TimelineViewModel model;
    private final BorderPane root = new BorderPane();
    private final GanttChart chart;
    private final Label exported = new Label();

    TimelinePage(TimelineViewModel model, Navigator navigator) {
        this.model = model;
        this.chart = new GanttChart(model);
        root.setId("timeline-page");
        VBox top = new VBox(8, header(), legend());
        top.setPadding(new Insets(16, 20, 8, 20));
        SplitPane split = new SplitPane(chart.node(), new PhaseDetails(model, navigator).node());
        split.setDividerPositions(0.74);
        root.setTop(top);
        root.setCenter(split);
    }

    Node node() {
        return root;
    }

    private Node header() {
        Label title = new Label("Timeline");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox zoom = new HBox();
        zoom.getStyleClass().add("segmented");
        ToggleGroup group = new ToggleGroup();
        for (Zoom z : Zoom.values()) {
            ToggleButton button = new ToggleButton(z.label());
            button.setId("zoom-" + z.name().toLowerCase());
            button.setToggleGroup(group);
            button.setSelected(model.zoomProperty().get() == z);
            button.setOnAction(e -> {
                model.zoomProperty().set(z);
                button.setSelected(true);
            });
            zoom.getChildren().add(button);
        }
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("timeline-refresh");
        refresh.setTooltip(new Tooltip("Read the gates again"));
        refresh.setOnAction(e -> model.load());
        Button export = new Button("Export PNG…", new FontIcon(Feather.IMAGE));
        export.setId("timeline-export");
        export.setTooltip(new Tooltip("Save the whole chart as a PNG picture at twice the screen's size"));
        export.setOnAction(e -> PictureExport.choose(root, "Export the timeline as PNG", "timeline.png",
                model.opened().workspace().root()).ifPresent(this::export));
        exported.setId("timeline-exported");
        exported.getStyleClass().add(Styles.MUTED);
        HBox header = new HBox(10, title, exported, grow, new BaselineControls(model).node(), new Label("Zoom"), zoom,
                refresh, export);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    /** Pictures the whole chart at the zoom on screen now; encodes and writes it in the background. */
    void export(Path target) {
        WritableImage picture = TimelineExport.picture(model.dataProperty().get(), chart.pixelsPerDay(),
                root.getScene() == null ? List.of(Styles.stylesheets()) : root.getScene().getStylesheets());
        model.export(() -> NodePictures.png(picture), target, written -> exported.setText("Saved "
                + written.getFileName()));
    }

    private static Node legend() {
        Label text = new Label("Bars show planned days, filled by checklist progress and coloured by status (grey not "
                + "started, blue in progress, amber at risk, red blocked, green done); a red outline marks the "
                + "critical path. Diamonds: gate met (green), not met (amber), no gate (hollow). ▲ marks high or "
                + "critical risk. With Baseline on, a thin grey bar under a bar shows its baselined days and a red +N d how "
                + "many days later it now ends. Click a phase for its details.");
        text.getStyleClass().add(Styles.MUTED);
        text.setWrapText(true);
        return text;
    }
}
