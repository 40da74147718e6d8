package org.migrationworkbench.ui.signoff;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.migrationworkbench.ui.common.Styles;

/**
 * The sign-off matrix: a row per gate, a column per role; a cell shows its state, who and when. A click selects a
 * cell (so does Space), a double click opens the sign dialog for it.
 */
final class MatrixGrid {
    private final SignoffsViewModel model;
    private final java.util.function.Consumer<MatrixCell> open;
    private final GridPane grid = new GridPane();

    MatrixGrid(SignoffsViewModel model, java.util.function.Consumer<MatrixCell> open) {
        this.model = model;
        this.open = open;
        grid.setId("signoff-matrix");
        grid.getStyleClass().add(Styles.SIGNOFF_MATRIX);
        model.matrixProperty().addListener((obs, was, now) -> build(now));
        model.selectedProperty().addListener((obs, was, now) -> markSelected());
        build(model.matrixProperty().get());
    }

    Node node() {
        return grid;
    }

    private void build(SignoffMatrix matrix) {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        if (matrix == null) {
            return;
        }
        ColumnConstraints gates = new ColumnConstraints();
        gates.setMinWidth(200);
        gates.setPrefWidth(240);
        grid.getColumnConstraints().add(gates);
        List<String> roles = matrix.roles();
        for (int c = 0; c < roles.size(); c++) {
            ColumnConstraints column = new ColumnConstraints(150, 190, 260);
            column.setHgrow(Priority.SOMETIMES);
            grid.getColumnConstraints().add(column);
            Label header = new Label(roles.get(c));
            header.getStyleClass().add(Styles.SIGNOFF_HEADER);
            header.setWrapText(true);
            grid.add(header, c + 1, 0);
        }
        for (int r = 0; r < matrix.gates().size(); r++) {
            SignoffMatrix.GateRow row = matrix.gates().get(r);
            grid.add(gateLabel(row), 0, r + 1);
            for (int c = 0; c < row.cells().size(); c++) {
                grid.add(cell(row.cells().get(c)), c + 1, r + 1);
            }
        }
        markSelected();
    }

    private static Node gateLabel(SignoffMatrix.GateRow row) {
        Label title = new Label(row.title());
        title.setWrapText(true);
        Label id = new Label(row.gate());
        id.getStyleClass().addAll(Styles.MUTED, Styles.MONO);
        VBox box = new VBox(2, title, id);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node cell(MatrixCell cell) {
        Label state = new Label(cell.headline());
        state.getStyleClass().add("wb-signoff-state");
        Label who = new Label(cell.state() == CellState.STALE ? cell.who() + "\nchanged since approval"
                : cell.who());
        who.getStyleClass().add("wb-signoff-who");
        VBox text = new VBox(2, state, who);
        who.setVisible(!who.getText().isEmpty());
        who.setManaged(who.isVisible());
        Button button = new Button(null, text);
        button.setId("cell-" + cell.gate() + "-" + cell.role().replace(' ', '-'));
        button.setUserData(cell);
        button.getStyleClass().addAll(Styles.SIGNOFF_CELL, Styles.signoffCell(cell.state().look()));
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMaxHeight(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.setDisable(!cell.required());
        button.setTooltip(new Tooltip(tooltip(cell)));
        button.setOnAction(e -> model.selectedProperty().set(cell));
        button.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                open.accept(cell);
            }
        });
        return button;
    }

    private static String tooltip(MatrixCell cell) {
        String base = cell.role() + " at " + cell.gate() + ": " + cell.headline();
        if (cell.state() == CellState.STALE) {
            return base + " — the gate's evidence changed since approval; the approval no longer counts.";
        }
        return base + (cell.who().isEmpty() ? "" : " — " + cell.who()) + ". Double-click to sign.";
    }

    private void markSelected() {
        MatrixCell selected = model.selectedProperty().get();
        for (Node node : grid.getChildren()) {
            if (node.getUserData() instanceof MatrixCell cell) {
                boolean on = selected != null && cell.gate().equals(selected.gate())
                        && cell.role().equals(selected.role());
                node.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("chosen"), on);
            }
        }
    }
}
