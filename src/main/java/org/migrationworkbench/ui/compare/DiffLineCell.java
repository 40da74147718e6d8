package org.migrationworkbench.ui.compare;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.DoubleExpression;
import javafx.beans.property.DoubleProperty;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.migrationworkbench.core.compare.text.Span;
import org.migrationworkbench.ui.common.Styles;

/**
 * One display row on one side: line number, gutter marker, and the line with its changed characters
 * highlighted. Built only for the rows on screen.
 */
final class DiffLineCell extends ListCell<Integer> {
    private static final int LONGEST_SHOWN = 4_000;
    private static final List<String> ROW_STYLES = List.of(Styles.DIFF_ADDED, Styles.DIFF_REMOVED,
            Styles.DIFF_CHANGED, Styles.DIFF_GAP, Styles.DIFF_CURRENT);

    private final boolean oldSide;
    private final TextDiffViewModel model;
    private final Supplier<DiffAlignment> alignment;
    private final Label number = new Label();
    private final Label marker = new Label();
    private final HBox text = new HBox();
    private final Pane window = new Pane(text);
    private final HBox row = new HBox(number, marker, window);
    private final DoubleProperty widest;

    /**
     * {@code offset} is how far the text is scrolled sideways (the gutter stays put); {@code widest} collects the
     * widest line seen, for the horizontal scroll bar.
     */
    DiffLineCell(boolean oldSide, TextDiffViewModel model, DoubleExpression offset, DoubleProperty widest) {
        this.oldSide = oldSide;
        this.model = model;
        this.widest = widest;
        text.translateXProperty().bind(offset.negate());
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(window.widthProperty());
        clip.heightProperty().bind(window.heightProperty());
        window.setClip(clip);
        window.setMinWidth(0);
        HBox.setHgrow(window, Priority.ALWAYS);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        this.alignment = () -> model.alignmentProperty().get();
        number.getStyleClass().add(Styles.DIFF_NUMBER);
        number.setMinWidth(Region.USE_PREF_SIZE);
        marker.getStyleClass().add(Styles.DIFF_MARKER);
        marker.setMinWidth(Region.USE_PREF_SIZE);
        text.getStyleClass().add(Styles.DIFF_TEXT);
        getStyleClass().add(Styles.DIFF_LINE);
    }

    @Override
    protected void updateItem(Integer item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll(ROW_STYLES);
        DiffAlignment a = alignment.get();
        if (empty || item == null || a == null || item >= a.rowCount()) {
            setGraphic(null);
            return;
        }
        DiffRow r = a.row(item);
        int index = oldSide ? r.oldIndex() : r.newIndex();
        number.setText(index >= 0 ? Integer.toString(index + 1) : "");
        marker.setText(index >= 0 ? markerOf(r.kind()) : "");
        String style = index < 0 ? Styles.DIFF_GAP : rowStyle(r.kind());
        if (style != null) {
            getStyleClass().add(style);
        }
        if (r.hunk() >= 0 && r.hunk() == model.currentHunkProperty().get()) {
            getStyleClass().add(Styles.DIFF_CURRENT);
        }
        showText(r, index);
        setGraphic(row);
    }

    private void showText(DiffRow r, int index) {
        if (index < 0) {
            text.getChildren().clear();
            return;
        }
        String line = oldSide ? model.oldLine(index) : model.newLine(index);
        List<Span> spans = model.lineChange(r).map(c -> oldSide ? c.oldSpans() : c.newSpans()).orElse(List.of());
        text.getChildren().setAll(LineSegments.labels(shorten(line), spans));
        double width = text.prefWidth(-1);
        if (width > widest.get()) {
            widest.set(width);
        }
    }

    /** Lines never widen the list (it would scroll the gutter away); the row fills the cell instead. */
    @Override
    protected double computePrefWidth(double height) {
        return 10;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (getGraphic() != null) {
            row.resizeRelocate(snappedLeftInset(), snappedTopInset(),
                    getWidth() - snappedLeftInset() - snappedRightInset(),
                    getHeight() - snappedTopInset() - snappedBottomInset());
        }
    }

    private static String shorten(String line) {
        return line.length() <= LONGEST_SHOWN ? line : line.substring(0, LONGEST_SHOWN) + " …";
    }

    private String markerOf(DiffRow.Kind kind) {
        return switch (kind) {
            case ADDED -> "+";
            case REMOVED -> "−";
            case CHANGED -> oldSide ? "−" : "+";
            case SAME -> "";
        };
    }

    private static String rowStyle(DiffRow.Kind kind) {
        return switch (kind) {
            case ADDED -> Styles.DIFF_ADDED;
            case REMOVED -> Styles.DIFF_REMOVED;
            case CHANGED -> Styles.DIFF_CHANGED;
            case SAME -> null;
        };
    }
}
