package org.migrationworkbench.ui.checklist;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.migrationworkbench.core.guide.CodeBlock;
import org.migrationworkbench.ui.common.Styles;

/** A code block of the guide: monospaced, unwrapped (scrolls sideways), with a Copy button. */
final class CodeBlockView {
    private static final int MAX_ROWS = 14;

    private CodeBlockView() {
    }

    static VBox of(CodeBlock code) {
        Label info = new Label(code.info().isBlank() ? "code" : code.info());
        info.getStyleClass().addAll(Styles.MUTED, Styles.MONO);
        Button copy = new Button("Copy", new FontIcon(Feather.COPY));
        copy.getStyleClass().addAll(atlantafx.base.theme.Styles.SMALL, atlantafx.base.theme.Styles.FLAT);
        copy.setTooltip(new Tooltip("Copy the code to the clipboard"));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(code.content());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(6, info, gap, copy);
        header.setAlignment(Pos.CENTER_LEFT);
        TextArea text = new TextArea(code.content().stripTrailing());
        text.setEditable(false);
        text.setWrapText(false);
        text.getStyleClass().add(Styles.MONO);
        text.setPrefRowCount(Math.min(MAX_ROWS, Math.max(1, (int) text.getText().lines().count())) + 1);
        VBox box = new VBox(header, text);
        box.getStyleClass().add(Styles.CODE_BLOCK);
        return box;
    }
}
