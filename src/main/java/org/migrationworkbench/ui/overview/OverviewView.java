package org.migrationworkbench.ui.overview;

import atlantafx.base.controls.Card;
import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.ui.checklist.ChecklistProgressPane;
import org.migrationworkbench.ui.common.Tables;

/** The Overview: workspace, target repository, counts, checklist progress, phases and sign-off roles. */
public final class OverviewView {
    private final ScrollPane root = new ScrollPane();
    private final ChecklistProgressPane checklistProgress;
    private final Node readiness;

    /** {@code readiness} is the last readiness run's summary line. */
    public OverviewView(ReadOnlyObjectProperty<OpenedWorkspace> opened, ChecklistProgressPane checklistProgress,
                        Node readiness) {
        this.checklistProgress = checklistProgress;
        this.readiness = readiness;
        root.setFitToWidth(true);
        root.setId("overview");
        opened.addListener((obs, was, now) -> render(now));
        render(opened.get());
    }

    public Node node() {
        return root;
    }

    private void render(OpenedWorkspace opened) {
        if (opened == null) {
            root.setContent(null);
            return;
        }
        OverviewViewModel model = OverviewViewModel.of(opened);
        VBox page = new VBox();
        page.getStyleClass().add(org.migrationworkbench.ui.common.Styles.PAGE);
        page.getChildren().add(header(model));
        if (!model.warnings().isEmpty()) {
            Message warnings = new Message("Warnings", String.join("\n", model.warnings()),
                    new FontIcon(Feather.ALERT_TRIANGLE));
            warnings.getStyleClass().add(Styles.WARNING);
            page.getChildren().add(warnings);
        }
        page.getChildren().addAll(counts(model), new VBox(6, section("Readiness"), readiness), repositoryCard(model),
                new VBox(4, section("Checklist progress"), checklistProgress.total()), checklistProgress.node(),
                section("Phases"), phaseTable(model), section("Sign-off roles"), roles(model));
        root.setContent(page);
    }

    private static VBox header(OverviewViewModel model) {
        Label title = new Label(model.name());
        title.getStyleClass().add(org.migrationworkbench.ui.common.Styles.PAGE_TITLE);
        title.setId("workspace-name");
        Label folder = new Label(model.folder());
        folder.getStyleClass().addAll(org.migrationworkbench.ui.common.Styles.MUTED,
                org.migrationworkbench.ui.common.Styles.MONO);
        VBox header = new VBox(4, title);
        if (!model.description().isBlank()) {
            Label description = new Label(model.description());
            description.setWrapText(true);
            header.getChildren().add(description);
        }
        header.getChildren().add(folder);
        return header;
    }

    private static Card repositoryCard(OverviewViewModel model) {
        Card card = new Card();
        card.setId("repository-card");
        Label heading = new Label("Target repository", new FontIcon(Feather.GIT_BRANCH));
        heading.getStyleClass().add(Styles.TITLE_4);
        card.setHeader(heading);
        Label path = new Label(model.target());
        path.getStyleClass().addAll(org.migrationworkbench.ui.common.Styles.MONO,
                org.migrationworkbench.ui.common.Styles.MUTED);
        VBox body = new VBox(6, path);
        for (String line : model.repositoryLines()) {
            Label label = new Label(line);
            label.setWrapText(true);
            if (!model.repositoryAvailable()) {
                label.getStyleClass().add(Styles.WARNING);
            }
            body.getChildren().add(label);
        }
        card.setBody(body);
        return card;
    }

    private static FlowPane counts(OverviewViewModel model) {
        FlowPane tiles = new FlowPane(12, 12);
        tiles.setId("counts");
        for (OverviewViewModel.Count count : model.counts()) {
            Label value = new Label(Integer.toString(count.value()));
            value.getStyleClass().add(org.migrationworkbench.ui.common.Styles.COUNT_VALUE);
            Label label = new Label(count.label());
            label.getStyleClass().add(org.migrationworkbench.ui.common.Styles.COUNT_LABEL);
            VBox tile = new VBox(2, value, label);
            tile.setPadding(new Insets(10, 14, 10, 14));
            tile.setPrefWidth(140);
            tile.getStyleClass().add(org.migrationworkbench.ui.common.Styles.COUNT_TILE);
            tiles.getChildren().add(tile);
        }
        return tiles;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(org.migrationworkbench.ui.common.Styles.SECTION_TITLE);
        return label;
    }

    private static TableView<OverviewViewModel.PhaseRow> phaseTable(OverviewViewModel model) {
        TableView<OverviewViewModel.PhaseRow> table = Tables.of(model.phases(), "No phases",
                new Tables.Column<>("Phase", OverviewViewModel.PhaseRow::title, OverviewViewModel.PhaseRow::id, 250),
                new Tables.Column<>("When", OverviewViewModel.PhaseRow::dates, OverviewViewModel.PhaseRow::weeks, 190),
                new Tables.Column<>("Depends on", OverviewViewModel.PhaseRow::dependsOn, 150),
                new Tables.Column<>("Owner", OverviewViewModel.PhaseRow::owner, 130),
                new Tables.Column<>("Gates", OverviewViewModel.PhaseRow::gates, 260));
        table.setId("phase-table");
        TableColumn<OverviewViewModel.PhaseRow, String> risk = new TableColumn<>("Risk");
        risk.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().risk()));
        risk.setCellFactory(column -> new RiskCell());
        risk.setPrefWidth(96);
        risk.setMinWidth(96);
        table.getColumns().add(2, risk);
        return table;
    }

    private static FlowPane roles(OverviewViewModel model) {
        FlowPane chips = new FlowPane(8, 8);
        chips.setId("roles");
        if (model.roles().isEmpty()) {
            Label none = new Label("No sign-off roles declared");
            none.getStyleClass().add(org.migrationworkbench.ui.common.Styles.MUTED);
            chips.getChildren().add(none);
        }
        for (String role : model.roles()) {
            Label chip = new Label(role, new FontIcon(Feather.USER));
            chip.getStyleClass().add(org.migrationworkbench.ui.common.Styles.CHIP);
            chips.getChildren().add(chip);
        }
        return chips;
    }

    /** Shows a risk level as a coloured pill. */
    private static final class RiskCell extends TableCell<OverviewViewModel.PhaseRow, String> {
        @Override
        protected void updateItem(String risk, boolean empty) {
            super.updateItem(risk, empty);
            if (empty || risk == null) {
                setGraphic(null);
                return;
            }
            Label pill = new Label(risk);
            pill.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            pill.getStyleClass().addAll(org.migrationworkbench.ui.common.Styles.RISK,
                    org.migrationworkbench.ui.common.Styles.risk(risk));
            setGraphic(pill);
            setText(null);
        }
    }
}
