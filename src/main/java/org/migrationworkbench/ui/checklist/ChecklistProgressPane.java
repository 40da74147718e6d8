package org.migrationworkbench.ui.checklist;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.migrationworkbench.core.checklist.ChecklistProgress;
import org.migrationworkbench.ui.common.Styles;

/**
 * Progress of every checklist of the open workspace and in total, for the Overview; counted in the
 * background after the workspace opens and kept up to date as items change.
 */
public final class ChecklistProgressPane {
    private final GridPane grid = new GridPane();
    private final Label total = new Label();
    private ChecklistViewModel shown;
    private final ListChangeListener<ChecklistSummary> listChanged = change -> render();

    public ChecklistProgressPane(ReadOnlyObjectProperty<ChecklistViewModel> model) {
        grid.setId("checklist-progress");
        grid.setHgap(24);
        grid.setVgap(10);
        ColumnConstraints rows = new ColumnConstraints();
        rows.setPercentWidth(50);
        ColumnConstraints right = new ColumnConstraints();
        right.setPercentWidth(50);
        right.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(rows, right);
        total.setId("checklist-total");
        total.getStyleClass().add(Styles.MUTED);
        model.addListener((obs, was, now) -> follow(now));
        follow(model.get());
    }

    public Node node() {
        return grid;
    }

    /** "17 of 40 items complete across 4 checklists", following every checklist's count. */
    public Node total() {
        return total;
    }

    private void follow(ChecklistViewModel model) {
        if (shown != null) {
            shown.checklists().removeListener(listChanged);
        }
        shown = model;
        if (model != null) {
            model.checklists().addListener(listChanged);
        }
        render();
    }

    private void render() {
        grid.getChildren().clear();
        total.textProperty().unbind();
        List<ChecklistSummary> summaries = shown == null ? List.of() : List.copyOf(shown.checklists());
        if (summaries.isEmpty()) {
            total.setText("No checklists declared");
            return;
        }
        for (int i = 0; i < summaries.size(); i++) {
            ChecklistSummaryView view = new ChecklistSummaryView();
            view.show(summaries.get(i));
            grid.add(view.node(), i % 2, i / 2);
        }
        ObservableValue<?>[] counts = summaries.stream()
                .flatMap(summary -> java.util.stream.Stream.of(summary.progressProperty(), summary.problemProperty()))
                .toArray(ObservableValue[]::new);
        total.textProperty().bind(Bindings.createStringBinding(() -> total(summaries), counts));
    }

    private static String total(List<ChecklistSummary> summaries) {
        ChecklistProgress sum = ChecklistProgress.EMPTY;
        int counted = 0;
        int unreadable = 0;
        for (ChecklistSummary summary : summaries) {
            if (summary.progressProperty().get() != null) {
                sum = sum.plus(summary.progressProperty().get());
                counted++;
            } else if (!summary.problemProperty().get().isEmpty()) {
                unreadable++;
            }
        }
        StringBuilder text = new StringBuilder().append(sum.complete()).append(" of ").append(sum.total())
                .append(" items complete (").append(Math.round(sum.ratio() * 100)).append("%) across ")
                .append(counted).append(counted == 1 ? " checklist" : " checklists");
        if (unreadable > 0) {
            text.append(" · ").append(unreadable).append(" cannot be read");
        }
        int counting = summaries.size() - counted - unreadable;
        if (counting > 0) {
            text.append(" · counting ").append(counting).append(" more…");
        }
        return text.toString();
    }
}
