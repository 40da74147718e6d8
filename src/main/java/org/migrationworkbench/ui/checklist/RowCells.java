package org.migrationworkbench.ui.checklist;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.migrationworkbench.core.checklist.ChecklistProgress;
import org.migrationworkbench.ui.common.Styles;

/**
 * Cells of the checklist tree. The column value is the row's revision, so a cell is redrawn whenever its
 * row changes; what it shows comes from the row itself.
 */
final class RowCells {
    private RowCells() {
    }

    /** The row a cell shows, looked up by the cell's index; null for an empty cell. */
    private static ChecklistRow rowOf(TreeTableCell<ChecklistRow, ?> cell, boolean empty) {
        if (empty || cell.getTreeTableView() == null) {
            return null;
        }
        TreeItem<ChecklistRow> item = cell.getTreeTableView().getTreeItem(cell.getIndex());
        return item == null ? null : item.getValue();
    }

    /** First column: state icon and item text; for a section its title in bold, a progress bar and "3/8". */
    static final class TextCell extends TreeTableCell<ChecklistRow, Number> {
        private final Label text = new Label();
        private final ProgressBar bar = new ProgressBar();
        private final Label count = new Label();
        private final HBox box = new HBox(8);

        TextCell() {
            bar.setPrefWidth(90);
            bar.setMinWidth(60);
            count.getStyleClass().add(Styles.PROGRESS_COUNT);
            count.setMinWidth(Label.USE_PREF_SIZE);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            box.setAlignment(Pos.CENTER_LEFT);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(Number revision, boolean empty) {
            super.updateItem(revision, empty);
            ChecklistRow row = rowOf(this, empty);
            if (row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            text.setText(row.text());
            text.getStyleClass().remove(Styles.SECTION_TEXT);
            if (row instanceof ItemRow item) {
                text.setGraphic(StateLook.icon(item.state()));
                box.getChildren().setAll(text);
            } else {
                text.setGraphic(null);
                text.getStyleClass().add(Styles.SECTION_TEXT);
                ChecklistProgress progress = row.progress();
                bar.setProgress(progress.ratio());
                count.setText(progress.toString());
                box.getChildren().setAll(text, bar, count);
            }
            setGraphic(box);
            setTooltip(new Tooltip(row.text()));
        }
    }

    /** A text taken from item rows (empty for sections), with the full text as tooltip. */
    static final class ItemTextCell extends TreeTableCell<ChecklistRow, Number> {
        private final Function<ItemRow, String> text;
        private final boolean styledByState;

        ItemTextCell(Function<ItemRow, String> text, boolean styledByState) {
            this.text = text;
            this.styledByState = styledByState;
        }

        @Override
        protected void updateItem(Number revision, boolean empty) {
            super.updateItem(revision, empty);
            ChecklistRow row = rowOf(this, empty);
            getStyleClass().removeIf(c -> c.startsWith(Styles.STATE + "-"));
            if (!(row instanceof ItemRow item)) {
                setText(null);
                setTooltip(null);
                return;
            }
            String shown = text.apply(item);
            setText(shown);
            setTooltip(shown.isBlank() ? null : new Tooltip(shown));
            if (styledByState) {
                getStyleClass().add(Styles.state(item.state()));
            }
        }
    }
}
