package org.migrationworkbench.ui.compare;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.migrationworkbench.core.compare.NoiseReport;
import org.migrationworkbench.core.compare.Summary;
import org.migrationworkbench.ui.common.Styles;

/** A noise report: quiet, or the volatile fields with their change counts and the rules that would hide them. */
final class NoiseDialog {
    private NoiseDialog() {
    }

    static void show(Window owner, NoiseReport report) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Noise check");
        dialog.setHeaderText("Noise of " + report.comparisonId());
        dialog.setResizable(true);
        Label headline = new Label(NoiseViewModel.headline(report), new FontIcon(report.quiet() ? Feather.CHECK_CIRCLE
                : Feather.ACTIVITY));
        headline.setId("noise-headline");
        headline.setWrapText(true);
        VBox content = new VBox(10, headline);
        content.getStyleClass().add(Styles.NOISE_REPORT);
        content.setPrefWidth(860);
        if (!report.volatileFields().isEmpty()) {
            content.getChildren().addAll(caption("Volatile fields"), fields(report));
        }
        if (!report.suggestions().isEmpty()) {
            content.getChildren().addAll(caption("Suggested rules for workbench.yaml"), suggestions(report));
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }

    private static TableView<NoiseReport.Volatile> fields(NoiseReport report) {
        TableView<NoiseReport.Volatile> table = new TableView<>(
                javafx.collections.FXCollections.observableArrayList(report.volatileFields()));
        table.setId("noise-fields");
        TableColumn<NoiseReport.Volatile, String> field = new TableColumn<>("Field");
        field.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().field()));
        field.setPrefWidth(420);
        TableColumn<NoiseReport.Volatile, String> changes = new TableColumn<>("Changes");
        changes.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Summary.number(c.getValue().changes())));
        changes.setStyle("-fx-alignment: center-right;");
        changes.setPrefWidth(110);
        table.getColumns().add(field);
        table.getColumns().add(changes);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(28);
        table.setPrefHeight(48 + 28 * Math.min(8, Math.max(2, report.volatileFields().size())));
        return table;
    }

    private static VBox suggestions(NoiseReport report) {
        TextArea text = new TextArea(NoiseViewModel.suggestions(report));
        text.setId("noise-suggestions");
        text.setEditable(false);
        text.getStyleClass().add(Styles.MONO);
        text.setPrefRowCount(Math.min(8, Math.max(2, report.suggestions().size())));
        Button copy = new Button("Copy", new FontIcon(Feather.COPY));
        copy.setId("noise-copy");
        copy.setOnAction(e -> {
            ClipboardContent clip = new ClipboardContent();
            clip.putString(text.getText());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(clip);
            copy.setText("Copied");
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        return new VBox(6, text, new HBox(grow, copy));
    }

    private static Label caption(String text) {
        Label label = new Label(text.toUpperCase(java.util.Locale.ROOT));
        label.getStyleClass().add(Styles.FIELD_LABEL);
        return label;
    }
}
