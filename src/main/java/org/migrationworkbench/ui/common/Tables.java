package org.migrationworkbench.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Builds read-only tables of plain rows, sized to their content. */
public final class Tables {
    private Tables() {
    }

    /** A column: header, cell text, preferred width. */
    public record Column<T>(String header, Function<T, String> text, double width) {
    }

    @SafeVarargs
    public static <T> TableView<T> of(List<T> rows, String emptyText, Column<T>... columns) {
        TableView<T> table = new TableView<>(FXCollections.observableArrayList(rows));
        for (Column<T> column : columns) {
            TableColumn<T, String> tc = new TableColumn<>(column.header());
            tc.setCellValueFactory(cell -> new ReadOnlyStringWrapper(column.text().apply(cell.getValue())));
            tc.setPrefWidth(column.width());
            table.getColumns().add(tc);
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(emptyText));
        table.setFixedCellSize(30);
        fitRows(table, rows.size());
        return table;
    }

    /** Makes a table tall enough for its rows so the page, not the table, scrolls. */
    public static void fitRows(TableView<?> table, int rows) {
        double height = 34 + Math.max(rows, 2) * table.getFixedCellSize() + 4;
        table.setPrefHeight(height);
        table.setMinHeight(height);
        table.setMaxHeight(height);
    }
}
