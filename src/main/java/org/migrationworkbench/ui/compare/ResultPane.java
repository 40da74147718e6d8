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
    private final ResultActions actions;
    private final BorderPane root = new BorderPane();
    private final Deque<PairResult> trail = new ArrayDeque<>();
    private TextDiffViewModel text;

    /** A pane for ad-hoc results only (no register, no noise check). */
    public ResultPane(CompareContext context) {
        this(context, new ResultActions(context, () -> new WorkspaceComparisonRunner(context.comparisons()),
                c -> { }));
    }

    public ResultPane(CompareContext context, ResultActions actions) {
        this.context = context;
        this.actions = actions;
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
        actions.show(result);
        top.getChildren().addAll(new SummaryHeader(result.title(), result.result(),
                actions.register().noteProperty()).node(), new ResultActionBar(actions, result).node());
        if (result.declared().isPresent() && actions.register().comparisonProperty().get() != null) {
            top.getChildren().add(new RegisterPane(actions.register()).node());
        }
        top.getStyleClass().add(Styles.COMPARE_SUMMARY + "-area");
        root.setTop(top);
        root.setCenter(content(result));
    }

    private Node content(PairResult result) {
        ComparedAs as = result.result().comparedAs();
        if (as == ComparedAs.FOLDER) {
            FolderView folder = new FolderView(result.result().files(), f -> open(result, f));
            folder.selectedProperty().addListener((obs, was, now) -> actions.candidateProperty()
                    .set(AcceptTargets.file(now)));
            return folder.node();
        }
        if (as == ComparedAs.TEXT && result.onDisk()) {
            text = new TextDiffViewModel(result.oldPath().orElseThrow(), result.newPath().orElseThrow(), context,
                    result.text());
            TextDiffViewModel model = text;
            model.currentHunkProperty().addListener((obs, was, now) -> actions.candidateProperty()
                    .set(AcceptTargets.hunk(model)));
            TextDiffView view = new TextDiffView(model);
            if (result.revealLine() > 0) {
                revealWhenShown(model, view, result.revealLine());
            }
            model.compute();
            return view.node();
        }
        RecordViewModel records = new RecordViewModel(result.result());
        javafx.beans.InvalidationListener chosen = obs -> actions.candidateProperty().set(AcceptTargets.record(
                records));
        records.selectedProperty().addListener(chosen);
        records.fieldProperty().addListener(chosen);
        return new RecordView(records).node();
    }

    /** Scrolls to an old line (from 1) once the diff is computed. */
    private static void revealWhenShown(TextDiffViewModel model, TextDiffView view, int oldLine) {
        model.alignmentProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends DiffAlignment> obs, DiffAlignment was,
                                DiffAlignment now) {
                if (now != null) {
                    model.alignmentProperty().removeListener(this);
                    view.scrollToRow(LineReveal.rowOfOldLine(now, oldLine - 1));
                }
            }
        });
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
