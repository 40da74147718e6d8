package org.migrationworkbench.ui.present;


import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.migrationworkbench.ui.common.Styles;

/**
 * Lays out one slide in large type: title, subtitle, then a grid of mark, label and value, or the whole timeline
 * scaled to the space left.
 */
final class SlideView {
    private SlideView() {
    }

    static Node of(Slide slide) {
        Label title = new Label(slide.title());
        title.setId("presenter-title");
        title.getStyleClass().add(Styles.PRESENTER_TITLE);
        title.setWrapText(true);
        Label subtitle = new Label(slide.subtitle());
        subtitle.getStyleClass().add(Styles.PRESENTER_SUBTITLE);
        VBox box = new VBox(title, subtitle);
        box.getStyleClass().add(Styles.PRESENTER_SLIDE);
        if (slide.timeline().isPresent()) {
            Node chart = new SlideChart(slide.timeline().get());
            chart.setId("presenter-timeline");
            VBox.setVgrow(chart, Priority.ALWAYS);
            box.getChildren().add(chart);
        } else if (slide.lines().isEmpty()) {
            Label empty = new Label(slide.empty());
            empty.getStyleClass().add(Styles.PRESENTER_EMPTY);
            empty.setWrapText(true);
            box.getChildren().add(empty);
        } else {
            box.getChildren().add(grid(slide));
        }
        return box;
    }

    private static GridPane grid(Slide slide) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.PRESENTER_LINES);
        ColumnConstraints label = new ColumnConstraints();
        label.setHgrow(Priority.SOMETIMES);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        value.setHalignment(HPos.LEFT);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), label, value);
        int row = 0;
        for (Slide.Line line : slide.lines()) {
            grid.addRow(row++, cell(line.mark(), Styles.PRESENTER_MARK, line),
                    cell(line.label(), Styles.PRESENTER_LABEL, line), cell(line.value(), Styles.PRESENTER_VALUE, line));
        }
        return grid;
    }

    private static Label cell(String text, String style, Slide.Line line) {
        Label label = new Label(text);
        label.getStyleClass().addAll(style, Styles.presenterTone(line.tone().id()));
        label.setWrapText(true);
        return label;
    }
}
