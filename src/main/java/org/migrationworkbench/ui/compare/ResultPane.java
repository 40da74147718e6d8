package org.migrationworkbench.ui.compare;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.migrationworkbench.core.compare.ComparedAs;
import org.migrationworkbench.core.compare.FileComparison;
import org.migrationworkbench.ui.common.Styles;

/**
 * A comparison's result: the summary header and the view for its kind — side by side for text, the record
 * table for JSON and CSV, the tree for folders. A pair opened from a folder comes with a way back.
 */
public final class ResultPane {
    private final CompareContext context;
    private final BorderPane root = new BorderPane();
    private final Deque<PairResult> trail = new ArrayDeque<>();
    private TextDiffViewModel text;

    public ResultPane(CompareContext context) {
        this.context = context;
        root.setId("compare-result");
        showNothing();
    }

    public Node node() {
        return root;
    }

    /** Shows a result, forgetting any folder it was opened from. */
    public void show(PairResult result) {
        trail.clear();
        push(result);
    }

    private void push(PairResult result) {
        trail.push(result);
        render();
    }

    private void back() {
        trail.pop();
        render();
    }

    private void render() {
        closeText();
        PairResult result = trail.peek();
        if (result == null) {
            showNothing();
            return;
        }
        VBox top = new VBox(6);
        if (trail.size() > 1) {
            Hyperlink back = new Hyperlink("Back to " + trail.stream().skip(1).findFirst().orElseThrow().title(),
                    new FontIcon(Feather.ARROW_LEFT));
            back.setId("compare-back");
            back.setOnAction(e -> back());
            top.getChildren().add(back);
        }
        top.getChildren().add(new SummaryHeader(result.title(), result.result()).node());
        top.getStyleClass().add(Styles.COMPARE_SUMMARY + "-area");
        root.setTop(top);
        root.setCenter(content(result));
    }

    private Node content(PairResult result) {
        ComparedAs as = result.result().comparedAs();
        if (as == ComparedAs.FOLDER) {
            return new FolderView(result.result().files(), f -> open(result, f)).node();
        }
        if (as == ComparedAs.TEXT && result.onDisk()) {
            text = new TextDiffViewModel(result.oldPath().orElseThrow(), result.newPath().orElseThrow(), context,
                    result.text());
            text.compute();
            return new TextDiffView(text).node();
        }
        return new RecordView(new RecordViewModel(result.result())).node();
    }

    private void open(PairResult folder, FileComparison file) {
        file.result().ifPresent(r -> push(new PairResult(file.path(),
                folder.oldPath().map(p -> p.resolve(file.path())),
                folder.newPath().map(p -> p.resolve(file.path())), r, folder.text())));
    }

    private void showNothing() {
        root.setTop(null);
        Label empty = new Label("Run a comparison, or choose Compare files… — or drop two files or two folders "
                + "here.");
        empty.getStyleClass().add(Styles.EMPTY_STATE);
        empty.setWrapText(true);
        empty.setId("compare-empty");
        root.setCenter(empty);
    }

    private void closeText() {
        if (text != null) {
            text.dispose();
            text = null;
        }
    }

    /** The text view model on screen, if a text pair is shown. */
    Optional<TextDiffViewModel> textModel() {
        return Optional.ofNullable(text);
    }
}
