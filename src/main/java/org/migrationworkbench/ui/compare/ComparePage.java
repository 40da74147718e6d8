package org.migrationworkbench.ui.compare;

import java.io.File;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.migrationworkbench.ui.common.Styles;
import org.migrationworkbench.ui.common.Tables;

/**
 * The Compare page of one workspace: toolbar, the declared comparisons, and the result below. Two files or
 * two folders dropped anywhere on the page are compared (the first dropped is the old side).
 */
final class ComparePage {
    private final CompareViewModel model;
    private final BorderPane root = new BorderPane();
    private final ResultPane result;

    ComparePage(CompareViewModel model) {
        this.model = model;
        ResultActions actions = new ResultActions(model.context(), model::declared, model::rerun);
        this.result = new ResultPane(model.context(), actions);
        actions.noise().reportProperty().addListener((obs, was, now) -> {
            if (now != null) {
                NoiseDialog.show(root.getScene().getWindow(), now);
            }
        });
        root.setId("compare-page");
        Label title = new Label("Compare");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label sub = new Label("Old versus new outputs, as declared in workbench.yaml — or any two files or folders "
                + "you choose or drop here.");
        sub.getStyleClass().add(Styles.MUTED);
        sub.setWrapText(true);
        VBox heading = new VBox(4, title, sub);
        heading.getStyleClass().add(Styles.COMPARE_DROP + "-heading");
        root.setTop(new VBox(heading, new CompareToolbar(model, () -> root.getScene().getWindow()).node()));
        SplitPane split = new SplitPane(table(), result.node());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.4);
        root.setCenter(split);
        model.shownProperty().addListener((obs, was, now) -> result.show(now));
        if (model.shownProperty().get() != null) {
            result.show(model.shownProperty().get());
        }
        root.setOnDragOver(this::dragOver);
        root.setOnDragExited(e -> root.getStyleClass().remove(Styles.DROP_TARGET));
        root.setOnDragDropped(this::dropped);
    }

    Node node() {
        return root;
    }

    private TableView<ComparisonRow> table() {
        TableView<ComparisonRow> table = Tables.of(List.of(), "This workspace declares no comparisons",
                new Tables.Column<ComparisonRow>("Comparison", r -> r.comparison().displayTitle(), ComparisonRow::id,
                        320),
                new Tables.Column<ComparisonRow>("Old / new", r -> r.comparison().oldSide().spec(),
                        r -> r.comparison().newSide().spec(), 260),
                new Tables.Column<ComparisonRow>("Format", r -> r.comparison().format().id(), 70),
                new Tables.Column<ComparisonRow>("Options", ComparisonRow::options, 260),
                new Tables.Column<ComparisonRow>("Last verdict", ComparisonRow::verdict, 130));
        table.setItems(model.rows());
        table.setId("comparisons");
        table.setMinHeight(170);
        table.setMaxHeight(Double.MAX_VALUE);
        table.setPrefHeight(Region.USE_COMPUTED_SIZE);
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            model.selectedProperty().set(now);
            if (now != null && now.result().isPresent()) {
                model.showRow(now);
            }
        });
        model.selectedProperty().addListener((obs, was, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    private static List<File> pair(DragEvent e) {
        List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
        boolean pair = files.size() == 2 && files.get(0).isDirectory() == files.get(1).isDirectory();
        return pair ? files : List.of();
    }

    private void dragOver(DragEvent e) {
        if (!pair(e).isEmpty()) {
            e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
            if (!root.getStyleClass().contains(Styles.DROP_TARGET)) {
                root.getStyleClass().add(Styles.DROP_TARGET);
            }
            e.consume();
        }
    }

    private void dropped(DragEvent e) {
        List<File> files = pair(e);
        if (!files.isEmpty()) {
            model.compareFiles(files.get(0).toPath(), files.get(1).toPath());
            e.setDropCompleted(true);
            e.consume();
        }
        root.getStyleClass().remove(Styles.DROP_TARGET);
    }
}
