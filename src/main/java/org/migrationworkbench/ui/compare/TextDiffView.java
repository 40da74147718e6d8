package org.migrationworkbench.ui.compare;

import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.ScrollEvent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.migrationworkbench.ui.common.Styles;

/**
 * Two text files side by side: two virtualized panes scrolled together, a change map beside them, a toolbar
 * with next/previous difference (F7 / Shift+F7) and the ignore options.
 */
public final class TextDiffView {
    private static final double ROW_HEIGHT = 20;
    private static final int CONTEXT_ROWS = 3;
    /** Width of line number and marker, and room left after the widest line. */
    private static final double GUTTER = 78;
    private static final double TEXT_SLACK = 40;

    private final TextDiffViewModel model;
    private final BorderPane root = new BorderPane();
    private final ListView<Integer> oldPane = pane("diff-old");
    private final ListView<Integer> newPane = pane("diff-new");
    private final ChangeMap map;
    private final ScrollBar sideways = new ScrollBar();
    private final DoubleProperty widest = new SimpleDoubleProperty();

    public TextDiffView(TextDiffViewModel model) {
        this.model = model;
        this.map = new ChangeMap(model::goToRow);
        root.setId("text-diff");
        root.getStyleClass().add(Styles.DIFF_VIEW);
        oldPane.setCellFactory(l -> new DiffLineCell(true, model, sideways.valueProperty(), widest));
        newPane.setCellFactory(l -> new DiffLineCell(false, model, sideways.valueProperty(), widest));
        sideways.setId("diff-sideways");
        sideways.maxProperty().bind(Bindings.max(0, widest.add(TEXT_SLACK).subtract(newPane.widthProperty()
                .subtract(GUTTER))));
        sideways.visibleAmountProperty().bind(newPane.widthProperty().subtract(GUTTER));
        sideways.setUnitIncrement(40);
        oldPane.addEventFilter(ScrollEvent.SCROLL, this::scrolledSideways);
        newPane.addEventFilter(ScrollEvent.SCROLL, this::scrolledSideways);
        DiffListSkin oldSkin = new DiffListSkin(oldPane);
        DiffListSkin newSkin = new DiffListSkin(newPane);
        oldPane.setSkin(oldSkin);
        newPane.setSkin(newSkin);
        DiffListSkin.synchronize(oldSkin, newSkin);

        newSkin.flow().positionProperty().addListener((obs, was, now) -> showViewport(newSkin));
        root.setTop(new TextDiffToolbar(model).node());
        root.setCenter(panes());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        model.alignmentProperty().addListener((obs, was, now) -> show(now));
        model.currentHunkProperty().addListener((obs, was, now) -> reveal(now.intValue()));
        show(model.alignmentProperty().get());
    }

    public Node node() {
        return root;
    }

    private Node panes() {
        GridPane grid = new GridPane();
        grid.add(title(model.oldFile().toString(), "diff-old-title"), 0, 0);
        grid.add(title(model.newFile().toString(), "diff-new-title"), 1, 0);
        grid.add(oldPane, 0, 1);
        grid.add(newPane, 1, 1);
        grid.add(map.node(), 2, 1);
        grid.add(sideways, 0, 2, 2, 1);
        // two equal halves that share the width; the change map keeps its own
        var half = new javafx.scene.layout.ColumnConstraints(0, 100, Double.MAX_VALUE);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half, new javafx.scene.layout.ColumnConstraints());
        GridPane.setVgrow(oldPane, Priority.ALWAYS);
        GridPane.setVgrow(newPane, Priority.ALWAYS);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(40, 40);
        busy.visibleProperty().bind(model.busyProperty());
        return new StackPane(grid, busy);
    }

    private static Label title(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.getStyleClass().addAll(Styles.DIFF_TITLE, Styles.MONO);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinWidth(0);
        label.setPrefWidth(100);
        return label;
    }

    private static ListView<Integer> pane(String id) {
        ListView<Integer> list = new ListView<>();
        list.setId(id);
        list.getStyleClass().add(Styles.DIFF_PANE);
        list.setFixedCellSize(ROW_HEIGHT);
        list.setMinWidth(0);
        list.setPrefWidth(100);
        list.setFocusTraversable(true);
        return list;
    }

    private void show(DiffAlignment alignment) {
        IndexList rows = new IndexList(alignment == null ? 0 : alignment.rowCount());
        oldPane.setItems(rows);
        newPane.setItems(rows);
        map.show(alignment);
    }

    /** Shows display row {@code row} near the top of both panes, with a few rows of context above it. */
    public void scrollToRow(int row) {
        int top = Math.max(0, row - CONTEXT_ROWS);
        oldPane.scrollTo(top);
        newPane.scrollTo(top);
    }

    private void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.F7) {
            if (e.isShiftDown()) {
                model.previous();
            } else {
                model.next();
            }
            e.consume();
        }
    }

    private void reveal(int hunk) {
        DiffAlignment alignment = model.alignmentProperty().get();
        if (alignment != null && hunk >= 0) {
            int row = Math.max(0, alignment.hunkRow(hunk) - CONTEXT_ROWS);
            oldPane.scrollTo(row);
            newPane.scrollTo(row);
            revealColumn(alignment.row(alignment.hunkRow(hunk)));
        }
        oldPane.refresh();
        newPane.refresh();
    }

    /** Scrolls sideways so the first changed character of a changed row is in view (changes often end lines). */
    private void revealColumn(DiffRow row) {
        int column = model.lineChange(row).flatMap(c -> c.newSpans().stream().findFirst())
                .map(org.migrationworkbench.core.compare.text.Span::start).orElse(0);
        Node sample = newPane.lookup("." + Styles.DIFF_PLAIN);
        javafx.scene.text.Text probe = new javafx.scene.text.Text("0000000000");
        probe.setFont(sample instanceof Label l ? l.getFont() : javafx.scene.text.Font.font("monospace"));
        double charWidth = probe.getLayoutBounds().getWidth() / 10;
        int length = row.hasNew() ? model.newLine(row.newIndex()).length() : 0;
        widest.set(Math.max(widest.get(), length * charWidth)); // the row may not be drawn yet
        double visible = newPane.getWidth() - GUTTER;
        double offset = column * charWidth;
        sideways.setValue(offset < visible ? 0 : Math.min(sideways.getMax(), offset - visible / 2));
    }

    private void scrolledSideways(ScrollEvent e) {
        double dx = e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX();
        if (dx != 0) {
            sideways.setValue(Math.max(0, Math.min(sideways.getMax(), sideways.getValue() - dx)));
            e.consume();
        }
    }

    private void showViewport(DiffListSkin skin) {
        IndexedCell<?> first = skin.flow().getFirstVisibleCell();
        IndexedCell<?> last = skin.flow().getLastVisibleCell();
        if (first != null && last != null) {
            map.showViewport(first.getIndex(), last.getIndex() - first.getIndex() + 1);
        }
    }
}
