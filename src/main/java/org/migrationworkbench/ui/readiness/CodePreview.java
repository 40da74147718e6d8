package org.migrationworkbench.ui.readiness;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.migrationworkbench.core.readiness.SourceExcerpt;
import org.migrationworkbench.ui.common.Styles;

/** A read-only, numbered, monospaced view of an evidence file with the evidence line highlighted and in view. */
final class CodePreview {
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final ListView<String> lines = new ListView<>();
    private SourceExcerpt shown;

    CodePreview(RuleDetails details) {
        root.setId("code-preview");
        title.getStyleClass().addAll(Styles.MONO);
        title.setId("code-preview-title");
        Button close = new Button(null, new FontIcon(Feather.X));
        close.getStyleClass().addAll(atlantafx.base.theme.Styles.BUTTON_ICON, atlantafx.base.theme.Styles.FLAT);
        close.setAccessibleText("Close the code preview");
        close.setOnAction(e -> details.closePreview());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, title, grow, close);
        bar.setStyle("-fx-padding: 4 8 4 12; -fx-alignment: center-left;");
        lines.setId("code-lines");
        lines.getStyleClass().add(Styles.CODE_PREVIEW);
        lines.setCellFactory(list -> new LineCell());
        root.setTop(bar);
        root.setCenter(lines);
        lines.setFixedCellSize(22);
        details.previewProperty().addListener((obs, was, now) -> show(now));
        show(details.previewProperty().get());
    }

    Node node() {
        return root;
    }

    private void show(SourceExcerpt excerpt) {
        shown = excerpt;
        root.setVisible(excerpt != null);
        if (excerpt == null) {
            lines.getItems().clear();
            return;
        }
        title.setText(excerpt.file() + (excerpt.line() > 0 ? ":" + excerpt.line() : "")
                + (excerpt.truncated() ? "  (lines " + excerpt.firstLine() + "–"
                + (excerpt.firstLine() + excerpt.lines().size() - 1) + ")" : ""));
        lines.setItems(FXCollections.observableArrayList(excerpt.lines()));
        int index = excerpt.line() - excerpt.firstLine();
        if (index >= 0 && index < excerpt.lines().size()) {
            lines.getSelectionModel().clearSelection();
            reveal(index);
        }
    }

    /** Centres a line once the list has its height (the pane may only just have been shown). */
    private void reveal(int index) {
        if (lines.getHeight() > 0) {
            Platform.runLater(() -> {
                int visible = (int) (lines.getHeight() / lines.getFixedCellSize());
                lines.scrollTo(Math.max(0, index - visible / 2));
            });
            return;
        }
        lines.heightProperty().addListener(new javafx.beans.value.ChangeListener<Number>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number was, Number now) {
                if (now.doubleValue() > 0) {
                    lines.heightProperty().removeListener(this);
                    reveal(index);
                }
            }
        });
    }

    /** "  42  text", the evidence line highlighted. */
    private final class LineCell extends ListCell<String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            getStyleClass().remove(Styles.CODE_HIT);
            if (empty || text == null || shown == null) {
                setText(null);
                return;
            }
            int number = shown.firstLine() + getIndex();
            setText(String.format("%5d  %s", number, text));
            if (number == shown.line()) {
                getStyleClass().add(Styles.CODE_HIT);
            }
        }
    }
}
