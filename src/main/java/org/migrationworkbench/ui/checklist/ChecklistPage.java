package org.migrationworkbench.ui.checklist;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.migrationworkbench.ui.common.Styles;

/**
 * The Checklists view of one workspace: the checklists on the left; on the right the selected one's tree
 * with its filter and the keys, and the selected row's details below it.
 */
final class ChecklistPage implements WalkthroughKeys.Actions {
    private final ChecklistViewModel model;
    private final ChecklistTable table;
    private final ItemDetailPane detail;
    private final Label hint = new Label(WalkthroughKeys.HINT);
    private final PauseTransition hintBack = new PauseTransition(Duration.seconds(3));
    private final SplitPane root;

    private javafx.scene.control.Button exportButton() {
        javafx.scene.control.Button export = new javafx.scene.control.Button(null,
                new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.DOWNLOAD));
        export.setId("export-markdown");
        export.setAccessibleText("Export checklist to Markdown");
        export.setTooltip(new javafx.scene.control.Tooltip("Export to Markdown with the current states ticked"));
        export.getStyleClass().add(atlantafx.base.theme.Styles.BUTTON_ICON);
        export.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !model.canExport(),
                model.selectedChecklistProperty()));
        export.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle("Export checklist to Markdown");
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Markdown", "*.md"));
            model.selectedChecklistProperty().get().declaration().file().ifPresent(f -> {
                chooser.setInitialDirectory(f.getParent().toFile());
                chooser.setInitialFileName(f.getFileName().toString().replaceFirst("\\.md$", "") + "-progress.md");
            });
            java.io.File target = chooser.showSaveDialog(export.getScene().getWindow());
            if (target != null) {
                model.exportMarkdown(target.toPath());
            }
        });
        return export;
    }

    ChecklistPage(ChecklistViewModel model) {
        this.model = model;
        this.table = new ChecklistTable(model);
        this.detail = new ItemDetailPane(model, () -> table.node().requestFocus());
        table.node().addEventFilter(KeyEvent.KEY_PRESSED, new WalkthroughKeys(model, table, this));
        hint.setId("keys-hint");
        hint.getStyleClass().add(Styles.KEYS_HINT);
        hint.setWrapText(true);
        hintBack.setOnFinished(e -> hint.setText(WalkthroughKeys.HINT));
        model.exportedProperty().addListener((obs, was, now) -> {
            if (!now.isEmpty()) {
                hint.setText(now);
                hintBack.stop(); // the export summary stays until the next notice
            }
        });
        SplitPane walk = new SplitPane(center(), detail.node());
        walk.setOrientation(Orientation.VERTICAL);
        walk.setDividerPositions(0.62);
        root = new SplitPane(list(), walk);
        root.setId("checklists");
        root.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(root.getItems().get(0), false);
        // whenever the view is shown the keys work at once; the tree joins the scene only when the split
        // panes get their skins, after the view itself was added
        table.node().sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                Platform.runLater(this::focusTree);
            }
        });
    }

    Node node() {
        return root;
    }

    private void focusTree() {
        table.node().requestFocus();
    }

    private Node list() {
        ListView<ChecklistSummary> list = new ListView<>(model.checklists());
        list.setId("checklist-list");
        list.getStyleClass().add(Styles.CHECKLIST_LIST);
        list.setPlaceholder(new Label("This workspace declares no checklists"));
        list.setCellFactory(view -> new SummaryCell());
        list.getSelectionModel().select(model.selectedChecklistProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.selectedChecklistProperty().set(now);
            }
        });
        model.selectedChecklistProperty().addListener((obs, was, now) -> list.getSelectionModel().select(now));
        list.setMinWidth(180);
        list.setPrefWidth(230);
        return list;
    }

    private Node center() {
        ChoiceBox<ItemFilter.Show> show = new ChoiceBox<>();
        show.setId("filter-show");
        show.getItems().setAll(ItemFilter.Show.values());
        show.setValue(model.filterProperty().get().show());
        TextField search = new TextField();
        search.setId("filter-search");
        search.setPromptText("Search items, notes, assignees");
        search.setPrefColumnCount(22);
        PauseTransition typing = new PauseTransition(Duration.millis(150));
        typing.setOnFinished(e -> model.filterProperty().set(new ItemFilter(show.getValue(), search.getText())));
        search.textProperty().addListener((obs, was, now) -> typing.playFromStart());
        show.valueProperty().addListener((obs, was, now) -> model.filterProperty().set(
                new ItemFilter(now, search.getText())));
        Label title = new Label();
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.textProperty().bind(model.selectedChecklistProperty().flatMap(ChecklistSummary::titleProperty)
                .orElse("No checklist"));
        title.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label showLabel = new Label("Show");
        showLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox toolbar = new HBox(title, gap, showLabel, show, search, exportButton());
        toolbar.getStyleClass().add(Styles.CHECKLIST_TOOLBAR);
        StackPane middle = new StackPane(table.node(), overlay());
        VBox.setVgrow(middle, Priority.ALWAYS);
        return new VBox(toolbar, middle, hint);
    }

    /** Over the tree while a checklist is read or when it cannot be. */
    private Node overlay() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(40, 40);
        spinner.visibleProperty().bind(model.readingProperty().and(model.treeProperty().isNull()));
        Label problem = new Label();
        problem.setId("checklist-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.EMPTY_STATE);
        problem.textProperty().bind(model.problemProperty().map(p -> "This checklist cannot be shown.\n\n" + p));
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.setMaxWidth(560);
        StackPane overlay = new StackPane(spinner, problem);
        overlay.setAlignment(Pos.CENTER);
        overlay.setMouseTransparent(true);
        overlay.visibleProperty().bind(spinner.visibleProperty().or(problem.visibleProperty()));
        overlay.getStyleClass().add(Styles.PAGE);
        return overlay;
    }

    @Override
    public void askReason(String state) {
        ItemRow item = model.selection().item().orElseThrow();
        String current = item.state().equals(state) ? item.recorded().map(s -> s.reason()).orElse("") : "";
        String title = state.equals("na") ? "Not applicable: why?" : "Blocked: by what?";
        ReasonDialog.ask(root.getScene().getWindow(), title, item.text(), current, reason -> {
            if (state.equals("na")) {
                model.markNotApplicable(reason);
            } else {
                model.markBlocked(reason);
            }
        }, this::focusTree);
    }

    @Override
    public void editNote() {
        detail.editNote();
    }

    @Override
    public void notice(String text) {
        hint.setText(text);
        hintBack.playFromStart();
    }

    /** A checklist in the list: title, progress bar and count. */
    private static final class SummaryCell extends ListCell<ChecklistSummary> {
        private final ChecklistSummaryView view = new ChecklistSummaryView();

        SummaryCell() {
            setPrefWidth(0); // as wide as the list, never wider: long texts end in an ellipsis
        }

        @Override
        protected void updateItem(ChecklistSummary summary, boolean empty) {
            super.updateItem(summary, empty);
            setText(null);
            if (empty || summary == null) {
                setGraphic(null);
                return;
            }
            view.show(summary);
            setGraphic(view.node());
        }
    }
}
