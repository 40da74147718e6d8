package org.migrationworkbench.ui.readiness;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.migrationworkbench.core.readiness.Analysis;
import org.migrationworkbench.ui.common.Styles;

/**
 * The Readiness view of one workspace: the toolbar on top; the scorecard and the rule list on the left; the
 * selected rule's details and the code preview on the right.
 */
final class ReadinessPage {
    private final ReadinessViewModel model;
    private final BorderPane root = new BorderPane();
    private final VBox scoreArea = new VBox(8);
    private final Node scorecard;
    private final Label empty = new Label("No readiness run yet — Run all");
    private final HBox filterLine = new HBox(6);

    ReadinessPage(ReadinessViewModel model, java.util.Optional<org.migrationworkbench.ui.common.PairOpener> compare) {
        this.model = model;
        model.setTrustPrompt(new TrustDialog(() -> root.getScene().getWindow()));
        root.setId("readiness-page");
        scorecard = new ScorecardGrid(model).node();
        empty.setId("readiness-empty");
        empty.getStyleClass().add(Styles.EMPTY_STATE);
        RuleTable table = new RuleTable(model);
        VBox.setVgrow(table.node(), Priority.ALWAYS);
        VBox left = new VBox(10, heading("Scorecard"), scoreArea, filterLine, table.node());
        left.getStyleClass().add(Styles.DETAIL_PANE);
        SplitPane split = new SplitPane(left, new RuleDetailPane(model.details(), compare).node());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.68);
        // the code preview opens below, full width, so long lines stay readable
        SplitPane outer = new SplitPane(split);
        outer.setOrientation(Orientation.VERTICAL);
        Node preview = new CodePreview(model.details()).node();
        model.details().previewProperty().addListener((obs, was, now) -> {
            if (now == null) {
                outer.getItems().remove(preview);
            } else if (!outer.getItems().contains(preview)) {
                outer.getItems().add(preview);
                outer.setDividerPositions(0.55);
            }
        });
        root.setTop(new ReadinessToolbar(model).node());
        root.setCenter(outer);
        model.analysisProperty().addListener((obs, was, now) -> showScores(now));
        model.loadedProperty().addListener((obs, was, now) -> showScores(model.analysisProperty().get()));
        model.filterProperty().addListener((obs, was, now) -> showFilter(now));
        showScores(model.analysisProperty().get());
        showFilter(model.filterProperty().get());
    }

    Node node() {
        return root;
    }

    private void showScores(Analysis analysis) {
        if (analysis != null) {
            scoreArea.getChildren().setAll(scorecard);
        } else {
            scoreArea.getChildren().setAll(model.loadedProperty().get() ? empty : new Label("Reading…"));
        }
    }

    private void showFilter(CellFilter filter) {
        Label text = new Label(filter == null ? "All rules" : "Only " + filter.label());
        text.getStyleClass().add(Styles.MUTED);
        text.setId("rule-filter");
        filterLine.getChildren().setAll(text);
        if (filter != null) {
            Hyperlink all = new Hyperlink("Show all");
            all.setId("show-all-rules");
            all.setOnAction(e -> model.filterProperty().set(null));
            filterLine.getChildren().add(all);
        }
        filterLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SECTION_TITLE);
        return label;
    }
}
