package org.migrationworkbench.ui.compare;

import org.migrationworkbench.core.compare.Summary;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.migrationworkbench.core.compare.Difference;
import org.migrationworkbench.ui.common.Styles;

/**
 * The differing records of a JSON or CSV comparison: a table filtered by field, per-field statistics below it,
 * and the selected record's fields old versus new on the right.
 */
public final class RecordView {
    private final SplitPane root = new SplitPane();

    public RecordView(RecordViewModel model) {
        root.setId("record-view");
        ComboBox<String> field = new ComboBox<>(FXCollections.observableArrayList(model.fieldChoices()));
        field.setId("record-field-filter");
        field.valueProperty().bindBidirectional(model.fieldProperty());
        Label note = new Label(model.sampleNote());
        note.getStyleClass().add(Styles.MUTED);
        HBox filterLine = new HBox(8, new Label("Field"), field, note);
        filterLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        TableView<Difference> records = records(model);
        TableView<RecordViewModel.FieldRow> stats = stats(model);
        VBox.setVgrow(records, Priority.ALWAYS);
        // the differing records get the height; the statistics a few rows (they scroll)
        records.setMinHeight(80);
        stats.setPrefHeight(130);
        stats.setMinHeight(60);
        VBox left = new VBox(8, filterLine, records, heading("Field statistics"), stats);
        left.getStyleClass().add(Styles.DETAIL_PANE);
        root.getItems().addAll(left, new RecordDetailPane(model.selectedProperty()).node());
        root.setOrientation(Orientation.HORIZONTAL);
        root.setDividerPositions(0.6);
    }

    public Node node() {
        return root;
    }

    private static TableView<Difference> records(RecordViewModel model) {
        TableView<Difference> table = new TableView<>(model.visibleRecords());
        table.setId("record-table");
        TableColumn<Difference, String> kind = column("Kind", RecordViewModel::kindText, 90);
        kind.setMinWidth(90);
        table.getColumns().add(kind);
        table.getColumns().add(column("Key", Difference::key, 180));
        TableColumn<Difference, Number> count = new TableColumn<>("Fields");
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().fields().size()));
        count.setPrefWidth(70);
        count.setMinWidth(70);
        count.setStyle("-fx-alignment: center-right;");
        table.getColumns().add(count);
        table.getColumns().add(column("Differing fields", RecordViewModel::fieldsText, 320));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No differing records"));
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) ->
                model.selectedProperty().set(now));
        return table;
    }

    private static TableView<RecordViewModel.FieldRow> stats(RecordViewModel model) {
        TableView<RecordViewModel.FieldRow> table = new TableView<>(
                FXCollections.observableArrayList(model.fieldRows()));
        table.setId("field-stats");
        table.getColumns().add(column("Field", RecordViewModel.FieldRow::field, 220));
        table.getColumns().add(number(column("Changed", r -> Summary.number(r.changed()), 90)));
        table.getColumns().add(number(column("Tolerated", r -> Summary.number(r.tolerated()), 90)));
        table.getColumns().add(number(column("Ignored", r -> Summary.number(r.ignored()), 90)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No per-field counts"));
        table.setFixedCellSize(28);
        table.setPrefHeight(44 + 28 * Math.max(2, Math.min(6, table.getItems().size())));
        table.setMinHeight(table.getPrefHeight());
        return table;
    }

    private static <T> TableColumn<T, String> column(String header, java.util.function.Function<T, String> text,
                                                    double width) {
        TableColumn<T, String> column = new TableColumn<>(header);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static <T> TableColumn<T, String> number(TableColumn<T, String> column) {
        column.setStyle("-fx-alignment: center-right;");
        return column;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SECTION_TITLE);
        return label;
    }
}
