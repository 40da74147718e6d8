package org.migrationworkbench.ui.checklist;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.migrationworkbench.core.checklist.ChecklistProgress;
import org.migrationworkbench.ui.common.Styles;

/** A checklist's title with a progress bar and "12/40" (or why it cannot be read); for lists and the Overview. */
final class ChecklistSummaryView {
    private final Label title = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final Label count = new Label();
    private final Label problem = new Label();
    private final VBox root;

    ChecklistSummaryView() {
        title.setMinWidth(0);
        count.getStyleClass().add(Styles.PROGRESS_COUNT);
        count.setMinWidth(Label.USE_PREF_SIZE);
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        HBox line = new HBox(8, bar, count);
        line.setAlignment(Pos.CENTER_LEFT);
        problem.getStyleClass().addAll(Styles.MUTED, Styles.state("blocked"));
        problem.setWrapText(false);
        root = new VBox(4, title, line, problem);
    }

    VBox node() {
        return root;
    }

    /** Shows the summary; bindings follow it until {@code show} is called with another. */
    void show(ChecklistSummary summary) {
        title.textProperty().bind(summary.titleProperty());
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> ratio(summary.progressProperty().get()),
                summary.progressProperty()));
        count.textProperty().bind(Bindings.createStringBinding(() -> summary.progressProperty().get() != null
                ? summary.progressProperty().get().toString() : summary.problemProperty().get().isEmpty() ? "…" : "—",
                summary.progressProperty(), summary.problemProperty()));
        problem.textProperty().bind(summary.problemProperty());
        problem.visibleProperty().bind(summary.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> tooltip(summary), summary.progressProperty(),
                summary.problemProperty()));
        Tooltip.install(root, tip);
    }

    private static double ratio(ChecklistProgress progress) {
        return progress == null ? 0 : progress.ratio();
    }

    private static String tooltip(ChecklistSummary summary) {
        ChecklistProgress p = summary.progressProperty().get();
        if (!summary.problemProperty().get().isEmpty()) {
            return summary.problemProperty().get();
        }
        return p == null ? "Counting…" : StateLook.counts(p);
    }
}
