package org.migrationworkbench.ui.readiness;

import java.util.Map;
import java.util.TreeSet;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.migrationworkbench.core.readiness.Analysis;
import org.migrationworkbench.core.readiness.Readiness.Counts;
import org.migrationworkbench.ui.common.Styles;

/**
 * The scorecard: phases down, categories across, each cell coloured by its worst status with its counts.
 * Clicking a cell filters the rule list to it; clicking it again shows every rule.
 */
final class ScorecardGrid {
    private final GridPane grid = new GridPane();
    private final ReadinessViewModel model;
    private final ToggleGroup cells = new ToggleGroup();

    ScorecardGrid(ReadinessViewModel model) {
        this.model = model;
        grid.setId("scorecard");
        grid.getStyleClass().add(Styles.SCORECARD);
        model.analysisProperty().addListener((obs, was, now) -> render(now));
        render(model.analysisProperty().get());
    }

    Node node() {
        return grid;
    }

    private void render(Analysis analysis) {
        grid.getChildren().clear();
        cells.getToggles().clear();
        if (analysis == null) {
            return;
        }
        Map<String, Map<String, Counts>> scores = analysis.readiness().grid();
        TreeSet<String> categories = new TreeSet<>();
        scores.values().forEach(byCategory -> categories.addAll(byCategory.keySet()));
        int column = 1;
        for (String category : categories) {
            Label header = header(category);
            GridPane.setHalignment(header, javafx.geometry.HPos.CENTER);
            grid.add(header, column++, 0);
        }
        int row = 1;
        for (var phase : scores.entrySet()) {
            grid.add(phaseHeader(phase.getKey()), 0, row);
            column = 1;
            for (String category : categories) {
                Counts counts = phase.getValue().get(category);
                grid.add(counts == null ? empty() : cell(new CellFilter(phase.getKey(), category), counts), column++,
                        row);
            }
            row++;
        }
    }

    /** The phase id (short), its title in the tooltip. */
    private Label phaseHeader(String id) {
        Label label = header(id);
        label.setMinWidth(Region.USE_PREF_SIZE);
        model.opened().workspace().phase(id).ifPresent(p -> label.setTooltip(new Tooltip(p.title())));
        return label;
    }

    private Node cell(CellFilter filter, Counts counts) {
        ToggleButton cell = new ToggleButton(StatusLook.counts(counts));
        cell.setId("score-" + filter.phase() + "-" + filter.category());
        cell.getStyleClass().setAll(Styles.SCORE_CELL, Styles.status(StatusLook.worst(counts)));
        cell.setToggleGroup(cells);
        cell.setSelected(filter.equals(model.filterProperty().get()));
        cell.setTooltip(new Tooltip(filter.label() + ": " + StatusLook.summary(counts) + "\nClick to show only these"));
        cell.setOnAction(e -> model.filterProperty().set(cell.isSelected() ? filter : null));
        return cell;
    }

    private static Node empty() {
        Label none = new Label("—");
        none.getStyleClass().addAll(Styles.SCORE_CELL, Styles.status("empty"));
        return none;
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SCORE_HEADER);
        return label;
    }
}
