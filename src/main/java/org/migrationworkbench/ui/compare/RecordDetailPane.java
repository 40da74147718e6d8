package org.migrationworkbench.ui.compare;

import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.migrationworkbench.core.compare.Difference;
import org.migrationworkbench.core.compare.FieldChange;
import org.migrationworkbench.ui.common.Styles;

/** One record side by side: each differing field with its old and new value, or an added/removed record's text. */
final class RecordDetailPane {
    private final VBox content = new VBox(10);
    private final ScrollPane root = new ScrollPane(content);

    RecordDetailPane(ObjectProperty<Difference> selected) {
        root.setId("record-detail");
        root.setFitToWidth(true);
        content.getStyleClass().add(Styles.DETAIL_PANE);
        selected.addListener((obs, was, now) -> show(now));
        show(selected.get());
    }

    Node node() {
        return root;
    }

    private void show(Difference d) {
        if (d == null) {
            Label empty = new Label("Select a record to see its fields old and new");
            empty.getStyleClass().add(Styles.EMPTY_STATE);
            empty.setWrapText(true);
            content.getChildren().setAll(empty);
            return;
        }
        Label title = new Label(RecordViewModel.kindText(d) + " · " + d.key());
        title.getStyleClass().add(Styles.DETAIL_TITLE);
        title.setWrapText(true);
        content.getChildren().setAll(title);
        if (!d.fields().isEmpty()) {
            content.getChildren().add(fields(d));
        }
        if (!d.oldLines().isEmpty()) {
            content.getChildren().addAll(caption("Old"), block(String.join("\n", d.oldLines())));
        }
        if (!d.newLines().isEmpty()) {
            content.getChildren().addAll(caption("New"), block(String.join("\n", d.newLines())));
        }
    }

    private static GridPane fields(Difference d) {
        GridPane grid = new GridPane();
        grid.setId("record-fields");
        grid.setHgap(12);
        grid.setVgap(6);
        grid.addRow(0, caption("Field"), caption("Old"), caption("New"));
        int row = 1;
        for (FieldChange f : d.fields()) {
            Label path = value(f.path());
            grid.addRow(row++, path, changed(f.oldValue()), changed(f.newValue()));
        }
        ColumnConstraints name = new ColumnConstraints();
        name.setPercentWidth(30);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(35);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(name, half, half);
        return grid;
    }

    private static Label changed(String text) {
        Label label = value(text.isEmpty() ? "(missing)" : text);
        label.getStyleClass().add(Styles.FIELD_CHANGED);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static Label value(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.MONO);
        label.setWrapText(true);
        return label;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.FIELD_LABEL);
        return label;
    }

    private static Node block(String text) {
        Label label = value(text);
        VBox box = new VBox(label);
        box.getStyleClass().add(Styles.CODE_BLOCK);
        return box;
    }
}
