package org.migrationworkbench.ui.overview;

import org.migrationworkbench.core.report.dashboard.*;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.migrationworkbench.ui.checklist.ChecklistProgressPane;
import org.migrationworkbench.ui.common.Navigator;
import org.migrationworkbench.ui.common.Navigator.Target;
import org.migrationworkbench.ui.common.PictureExport;
import org.migrationworkbench.ui.common.NodePictures;
import org.migrationworkbench.ui.common.Styles;

/**
 * The Overview of one workspace: a bar with the export button over a scrolling page — workspace header, the status
 * dashboard (a danger box first when the sign-off ledger does not verify, status counts and readiness, top risks, a
 * card per phase, success metrics), checklist progress and the workspace's facts. Redrawn whenever the workspace or the dashboard is read again.
 */
final class OverviewPage {
    /** Device pixels per layout pixel in an exported picture. */
    static final double EXPORT_SCALE = 2;
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private final DashboardViewModel model;
    private final ChecklistProgressPane checklists;
    private final Node readiness;
    private final Navigator navigator;
    private final VBox content = new VBox();
    private final BorderPane root = new BorderPane();

    /** {@code navigator} opens the Sign-offs view from the box shown when the ledger does not verify. */
    OverviewPage(DashboardViewModel model, ChecklistProgressPane checklists, Node readiness, Navigator navigator) {
        this.model = model;
        this.checklists = checklists;
        this.readiness = readiness;
        this.navigator = navigator;
        content.setId("dashboard");
        content.getStyleClass().addAll(Styles.PAGE, Styles.DASHBOARD);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        root.setTop(bar());
        root.setCenter(scroll);
        model.overviewProperty().addListener((obs, was, now) -> render());
        model.dashboardProperty().addListener((obs, was, now) -> render());
        render();
    }

    Node node() {
        return root;
    }

    /** The page's content: what an export pictures. */
    Node content() {
        return content;
    }

    private Node bar() {
        Label message = new Label();
        message.setId("export-message");
        message.getStyleClass().add(Styles.MUTED);
        message.textProperty().bind(model.messageProperty());
        Button export = new Button("Export PNG…", new FontIcon(Feather.IMAGE));
        export.setId("export-png");
        export.setOnAction(e -> chooseAndExport());
        export.disableProperty().bind(model.dashboardProperty().isNull());
        Button report = new Button("Export report…", new FontIcon(Feather.FILE_TEXT));
        report.setId("export-report");
        report.setTooltip(new javafx.scene.control.Tooltip("The status report as one HTML file or an A4 PDF, "
                + "as the report command writes it"));
        report.setOnAction(e -> chooseReport());
        Label title = new Label("Status dashboard");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(12, title, gap, message, report, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.DASHBOARD_BAR);
        return bar;
    }

    private void chooseReport() {
        PictureExport.choose(root, "Export the status report", "status-report.html",
                model.opened().workspace().root(), new FileChooser.ExtensionFilter("HTML report", "*.html", "*.htm"),
                new FileChooser.ExtensionFilter("PDF report (A4)", "*.pdf")).ifPresent(model::exportReport);
    }

    private void chooseAndExport() {
        PictureExport.choose(root, "Export the dashboard as PNG", "dashboard.png", model.opened().workspace().root())
                .ifPresent(this::export);
    }

    /** Pictures the whole page content at {@link #EXPORT_SCALE} now; encodes and writes it in the background. */
    void export(Path target) {
        WritableImage picture = NodePictures.snapshot(content, EXPORT_SCALE);
        model.export(() -> NodePictures.png(picture), target);
    }

    private void render() {
        OverviewViewModel facts = model.overviewProperty().get();
        content.getChildren().setAll(WorkspaceSections.header(facts));
        if (!facts.warnings().isEmpty()) {
            content.getChildren().add(WorkspaceSections.warnings(facts));
        }
        model.dashboard().ifPresentOrElse(this::dashboard, () -> {
            Label reading = new Label("Reading the workspace's status…");
            reading.getStyleClass().add(Styles.MUTED);
            content.getChildren().add(reading);
        });
        content.getChildren().addAll(new VBox(4, WorkspaceSections.section("Checklist progress"),
                        checklists.total()), checklists.node(),
                WorkspaceSections.section("Workspace"), WorkspaceSections.counts(facts),
                WorkspaceSections.repositoryCard(facts), new VBox(8, WorkspaceSections.section("Sign-off roles"),
                        WorkspaceSections.roles(facts)));
    }

    private void dashboard(Dashboard dashboard) {
        Label asOf = new Label(dashboard.doneLine() + " · as of " + AS_OF.format(dashboard.today()));
        asOf.setId("dashboard-as-of");
        asOf.getStyleClass().add(Styles.MUTED);
        VBox phases = new VBox(12);
        phases.setId("phase-cards");
        dashboard.phases().forEach(card -> phases.getChildren().add(PhaseCardView.of(card)));
        if (!dashboard.ledger().intact()) {
            content.getChildren().add(LedgerAlert.of(dashboard.ledger(), () -> navigator.show(Target.ledger())));
        }
        content.getChildren().addAll(
                new VBox(8, WorkspaceSections.section("Status"), asOf, readiness,
                        DashboardSections.statusTiles(dashboard)),
                new VBox(8, WorkspaceSections.section("Top risks and blocked items"),
                        DashboardSections.risks(dashboard.risks())),
                new VBox(8, WorkspaceSections.section("Phases"), phases),
                new VBox(8, WorkspaceSections.section("Success metrics"), DashboardSections.metrics(dashboard)));
    }
}
