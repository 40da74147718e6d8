package org.migrationworkbench.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** Builds read-only tables of plain rows, sized to their content, with full text in tooltips. */
public final class Tables {
    private static final double ONE_LINE = 30;
    private static final double TWO_LINES = 46;

    private Tables() {
    }

    /** A column: header, cell text, an optional muted second line (null for none), preferred width. */
    public record Column<T>(String header, Function<T, String> text, Function<T, String> detail, double width) {
        public Column(String header, Function<T, String> text, double width) {
            this(header, text, null, width);
        }
    }

    @SafeVarargs
    public static <T> TableView<T> of(List<T> rows, String emptyText, Column<T>... columns) {
        TableView<T> table = new TableView<>(FXCollections.observableArrayList(rows));
        boolean twoLines = false;
        for (Column<T> column : columns) {
            table.getColumns().add(column(column));
            twoLines |= column.detail() != null;
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(emptyText));
        table.setFixedCellSize(twoLines ? TWO_LINES : ONE_LINE);
        fitRows(table, rows.size());
        return table;
    }

    /** One column built from a {@link Column} description. */
    public static <T> TableColumn<T, String> column(Column<T> column) {
        TableColumn<T, String> tc = new TableColumn<>(column.header());
        tc.setCellValueFactory(cell -> new ReadOnlyStringWrapper(column.text().apply(cell.getValue())));
        tc.setCellFactory(c -> new TextCell<>(column.detail()));
        tc.setPrefWidth(column.width());
        return tc;
    }

    /** Makes a table tall enough for its rows so the page, not the table, scrolls. */
    public static void fitRows(TableView<?> table, int rows) {
        double height = 40 + Math.max(rows, 2) * table.getFixedCellSize() + 6;
        table.setPrefHeight(height);
        table.setMinHeight(height);
        table.setMaxHeight(height);
    }

    /** Text with an optional muted second line; the tooltip shows both in full. */
    private static final class TextCell<T> extends TableCell<T, String> {
        private final Function<T, String> detail;

        TextCell(Function<T, String> detail) {
            this.detail = detail;
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            T row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (text == null || row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            if (detail == null) {
                setText(text);
                setGraphic(null);
                setTooltip(text.isBlank() ? null : new Tooltip(text));
                return;
            }
            String second = detail.apply(row);
            Label sub = new Label(second);
            sub.getStyleClass().addAll(Styles.MUTED, Styles.MONO);
            setText(null);
            setGraphic(new VBox(1, new Label(text), sub));
            setTooltip(new Tooltip(text + "\n" + second));
        }
    }
}
