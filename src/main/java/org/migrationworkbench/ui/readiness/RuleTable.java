package org.migrationworkbench.ui.readiness;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.migrationworkbench.ui.common.Styles;
import org.migrationworkbench.ui.common.Tables;

/** The rules with their status (icon and word, and what it was before when it changed), severity, kind and time. */
final class RuleTable {
    private final TableView<RuleRow> table;

    RuleTable(ReadinessViewModel model) {
        table = new TableView<>(model.visibleRows());
        table.setId("readiness-rules");
        table.getColumns().add(fixed(column("Status", 104, this::status)));
        table.getColumns().add(fixed(Tables.column(new Tables.Column<>("Severity", r -> r.rule().severity().label(),
                84))));
        TableColumn<RuleRow, String> rule = Tables.column(new Tables.Column<>("Rule", r -> r.rule().title(),
                RuleRow::id, 260));
        rule.setMinWidth(160);
        table.getColumns().add(rule);
        table.getColumns().add(Tables.column(new Tables.Column<>("Kind", r -> r.rule().kind().id(), 100)));
        table.getColumns().add(Tables.column(new Tables.Column<>("Phase", r -> r.rule().phase().orElse("—"), 110)));
        table.getColumns().add(fixed(Tables.column(new Tables.Column<>("Time", RuleTable::duration, 64))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setFixedCellSize(46);
        table.setPlaceholder(new Label("No rules here"));
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.details().selectedProperty().set(now);
            }
        });
        model.details().selectedProperty().addListener((obs, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
    }

    TableView<RuleRow> node() {
        return table;
    }

    private static <C extends TableColumn<RuleRow, ?>> C fixed(C column) {
        column.setMinWidth(column.getPrefWidth());
        return column;
    }

    private static String duration(RuleRow row) {
        return row.result().map(r -> r.durationMs() < 1000 ? r.durationMs() + " ms"
                : String.format(java.util.Locale.ROOT, "%.1f s", r.durationMs() / 1000.0)).orElse("");
    }

    private javafx.scene.Node status(RuleRow row) {
        Label word = new Label(row.word(), StatusLook.icon(row.look()));
        word.setGraphicTextGap(6);
        if (row.changeNote().isEmpty()) {
            return word;
        }
        Label changed = new Label(row.changeNote());
        changed.getStyleClass().add(Styles.CHANGED);
        return new VBox(1, word, new HBox(changed));
    }

    private static TableColumn<RuleRow, RuleRow> column(String header, double width,
                                                         Function<RuleRow, javafx.scene.Node> graphic) {
        TableColumn<RuleRow, RuleRow> column = new TableColumn<>(header);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(RuleRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                setGraphic(empty || row == null ? null : graphic.apply(row));
            }
        });
        column.setPrefWidth(width);
        return column;
    }
}
