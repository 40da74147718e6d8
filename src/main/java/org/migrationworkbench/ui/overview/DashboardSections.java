package org.migrationworkbench.ui.overview;

import org.migrationworkbench.core.report.dashboard.*;
import java.util.Locale;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.migrationworkbench.ui.common.Styles;

/** Draws the dashboard's parts other than the phase cards: status counts, top risks, success metrics. */
final class DashboardSections {
    /** Wide enough for every kind's label, so the titles line up. */
    private static final double RISK_KIND_WIDTH = 124;

    private DashboardSections() {
    }

    /** One tile per phase status with its count, in status order. */
    static Node statusTiles(Dashboard dashboard) {
        FlowPane tiles = new FlowPane(12, 12);
        tiles.setId("status-counts");
        for (Dashboard.StatusCount count : dashboard.counts()) {
            Label value = new Label(Integer.toString(count.count()));
            value.getStyleClass().add(Styles.COUNT_VALUE);
            Label label = new Label(count.word());
            label.getStyleClass().add(Styles.COUNT_LABEL);
            VBox tile = new VBox(2, value, label);
            tile.setId("status-count-" + count.status().name().toLowerCase(Locale.ROOT));
            tile.setPrefWidth(128);
            tile.getStyleClass().addAll(Styles.COUNT_TILE, Styles.STATUS_TILE);
            if (count.count() > 0) {
                tile.getStyleClass().add(Styles.tone(Tone.of(count.status()).id()));
            }
            tiles.getChildren().add(tile);
        }
        return tiles;
    }

    /** The top risks, each with its kind as a pill, and "and N more" when some were left out. */
    static Node risks(TopRisks risks) {
        VBox list = new VBox(0);
        list.setId("top-risks");
        list.getStyleClass().add(Styles.RISK_LIST);
        if (risks.shown().isEmpty()) {
            Label none = new Label("✓ Nothing is blocked, at risk or missed, and no open phase is of high risk.");
            none.getStyleClass().add(Styles.tone(Tone.GOOD.id()));
            list.getChildren().add(none);
            return list;
        }
        for (RiskLine risk : risks.shown()) {
            if (!list.getChildren().isEmpty()) {
                list.getChildren().add(new Separator());
            }
            list.getChildren().add(riskRow(risk));
        }
        if (risks.more() > 0) {
            Label more = new Label("and " + risks.more() + " more");
            more.setId("risks-more");
            more.getStyleClass().add(Styles.MUTED);
            more.setPadding(new Insets(6, 0, 4, 0));
            list.getChildren().add(more);
        }
        return list;
    }

    private static Node riskRow(RiskLine risk) {
        Label kind = PhaseCardView.pill(risk.kind().label(), risk.kind().tone());
        kind.setMinWidth(RISK_KIND_WIDTH);
        Label title = new Label(risk.title());
        title.getStyleClass().add(Styles.RISK_TITLE);
        title.setWrapText(true);
        Label detail = new Label(risk.detail());
        detail.getStyleClass().add(Styles.MUTED);
        detail.setWrapText(true);
        VBox text = new VBox(2, title, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(14, kind, text);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add(Styles.RISK_ROW);
        return row;
    }

    /** The success metrics as a grid: name, target, actual and ✓ / ✗ / pending. */
    static Node metrics(Dashboard dashboard) {
        if (dashboard.metrics().isEmpty()) {
            Label none = new Label("No success metrics declared");
            none.getStyleClass().add(Styles.MUTED);
            return none;
        }
        GridPane grid = new GridPane();
        grid.setId("metrics-table");
        grid.getStyleClass().add(Styles.METRICS_TABLE);
        grid.getColumnConstraints().addAll(column(40, HPos.LEFT), column(22, HPos.LEFT), column(24, HPos.LEFT),
                column(14, HPos.CENTER));
        Label status = header("Status");
        status.setAlignment(Pos.CENTER);
        grid.addRow(0, header("Metric"), header("Target"), header("Actual"), status);
        int row = 1;
        for (Dashboard.MetricLine metric : dashboard.metrics()) {
            Label mark = PhaseCardView.pill(metric.mark(), metric.tone());
            grid.addRow(row++, cell(metric.name()), cell(metric.target()), cell(metric.actual()), mark);
        }
        return grid;
    }

    private static ColumnConstraints column(double percent, HPos alignment) {
        ColumnConstraints column = new ColumnConstraints();
        column.setPercentWidth(percent);
        column.setHalignment(alignment);
        return column;
    }

    private static Label header(String text) {
        Label label = new Label(text.toUpperCase(Locale.ROOT));
        label.getStyleClass().add(Styles.FACT_CAPTION);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static Label cell(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
