package org.migrationworkbench.ui.compare;

import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.migrationworkbench.ui.common.Styles;

/**
 * A thin strip beside the panes showing where the differences are over the whole pair, and which part is on
 * screen; a click goes to the difference there. Differences falling on the same pixel row are drawn once, so
 * the strip has at most a few hundred marks however many differences there are.
 */
final class ChangeMap {
    private final Pane root = new Pane();
    private final Region viewport = new Region();
    private DiffAlignment alignment;
    private double firstVisible;
    private double visibleRows;

    ChangeMap(IntConsumer goToRow) {
        root.getStyleClass().add(Styles.DIFF_MAP);
        root.setId("change-map");
        root.setMinWidth(14);
        root.setPrefWidth(14);
        root.setMaxWidth(14);
        viewport.getStyleClass().add(Styles.DIFF_MAP_VIEWPORT);
        viewport.setMouseTransparent(true);
        viewport.setManaged(false);
        root.heightProperty().addListener((obs, was, now) -> redraw());
        root.setOnMouseClicked(e -> {
            if (alignment != null && root.getHeight() > 0) {
                goToRow.accept((int) (e.getY() / root.getHeight() * alignment.rowCount()));
            }
        });
    }

    Node node() {
        return root;
    }

    void show(DiffAlignment next) {
        alignment = next;
        redraw();
    }

    /** The part of the pair on screen, in display rows. */
    void showViewport(double first, double rows) {
        firstVisible = first;
        visibleRows = rows;
        placeViewport();
    }

    private void redraw() {
        root.getChildren().clear();
        double height = root.getHeight();
        if (alignment == null || alignment.rowCount() == 0 || height <= 0) {
            return;
        }
        double perRow = height / alignment.rowCount();
        int markStart = -1;
        int markEnd = -1;
        DiffRow.Kind markKind = null;
        for (int k = 0; k < alignment.hunkCount(); k++) {
            int top = (int) (alignment.hunkRow(k) * perRow);
            int bottom = Math.max(top + 2, (int) ((alignment.hunkRow(k) + alignment.hunkRows(k)) * perRow));
            DiffRow.Kind kind = alignment.hunkKind(k);
            if (markKind != null && top <= markEnd && kind == markKind) {
                markEnd = Math.max(markEnd, bottom);
                continue;
            }
            mark(markStart, markEnd, markKind);
            markStart = top;
            markEnd = bottom;
            markKind = kind;
        }
        mark(markStart, markEnd, markKind);
        root.getChildren().add(viewport);
        placeViewport();
    }

    private void mark(int top, int bottom, DiffRow.Kind kind) {
        if (kind == null) {
            return;
        }
        Region mark = new Region();
        mark.getStyleClass().addAll(Styles.DIFF_MAP_MARK, switch (kind) {
            case ADDED -> Styles.DIFF_ADDED;
            case REMOVED -> Styles.DIFF_REMOVED;
            default -> Styles.DIFF_CHANGED;
        });
        mark.setMouseTransparent(true);
        mark.setManaged(false);
        mark.resizeRelocate(2, top, 10, bottom - top);
        root.getChildren().add(mark);
    }

    private void placeViewport() {
        if (alignment == null || alignment.rowCount() == 0) {
            return;
        }
        double perRow = root.getHeight() / alignment.rowCount();
        viewport.resizeRelocate(0, firstVisible * perRow, 14, Math.max(4, visibleRows * perRow));
    }
}
