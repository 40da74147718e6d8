package org.migrationworkbench.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import atlantafx.base.theme.PrimerLight;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import org.migrationworkbench.core.report.StatusReport;
import org.migrationworkbench.core.report.dashboard.DashboardReports;
import org.migrationworkbench.core.signoff.ChainHead;
import org.migrationworkbench.core.signoff.ChainProblem;
import org.migrationworkbench.core.signoff.ChainVerification;
import org.migrationworkbench.ui.common.Navigator;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.ui.checklist.ChecklistProgressPane;
import org.migrationworkbench.ui.common.Styles;
import org.migrationworkbench.ui.signoff.SignoffWorkspaces;
import org.migrationworkbench.ui.task.SameThreadTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Overview page on headless Monocle over a hand-made status report. */
class OverviewPageTest extends FxRobot {
    @TempDir
    Path temp;
    private final List<Throwable> errors = new ArrayList<>();
    private final List<Navigator.Target> shown = new ArrayList<>();
    private OpenedWorkspace opened;
    private OverviewPage page;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (opened != null) {
            opened.close();
        }
        assertThat(errors).isEmpty();
    }

    private void mount() throws Exception {
        mount(at -> DashboardReports.report(at.workspace()));
    }

    private void mount(Function<OpenedWorkspace, StatusReport> reports) throws Exception {
        Path folder = temp.resolve("ws");
        DashboardReports.workspace(folder);
        opened = SignoffWorkspaces.open(folder);
        DashboardViewModel model = new DashboardViewModel(opened, new SameThreadTaskRunner(),
                (title, e) -> errors.add(e), reports);
        FxToolkit.setupStage(stage -> {
            page = new OverviewPage(model, new ChecklistProgressPane(new SimpleObjectProperty<>()), new Label(),
                    shown::add);
            Scene scene = new Scene(new StackPane(page.node()), 1100, 700);
            scene.getStylesheets().addAll(Styles.stylesheets());
            stage.setScene(scene);
            stage.show();
            model.load();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void eachPhaseShowsItsStatusAndGate() throws Exception {
        mount();
        assertThat(lookup("#phase-cards").queryAs(VBox.class).getChildren()).hasSize(5);
        assertThat(text("#phase-status-a-plan")).isEqualTo("done");
        assertThat(text("#phase-status-b-build")).isEqualTo("blocked");
        assertThat(text("#phase-status-c-docs")).isEqualTo("at risk");
        assertThat(text("#phase-status-d-cutover")).isEqualTo("in progress");
        assertThat(text("#phase-status-e-later")).isEqualTo("not started");
        assertThat(text("#b-build-rules")).isEqualTo("1 fail · 1 pass");
        assertThat(text("#b-build-comparisons")).isEqualTo("12 differences");
        assertThat(text("#c-docs-signoffs")).isEqualTo("0 of 2 roles approved · 1 stale");
        assertThat(lookup("#metrics-table").tryQuery()).isPresent();
        assertThat(lookup("#top-risks").queryAs(VBox.class).getChildren()).isNotEmpty();
    }

    @Test
    void anIntactLedgerShowsNoAlert() throws Exception {
        mount();
        assertThat(lookup("#ledger-alert").tryQuery()).isEmpty();
    }

    @Test
    void aLedgerThatDoesNotVerifyOpensTheDashboardWithItsProblemsAndALinkToTheSignoffs() throws Exception {
        List<ChainProblem> problems = new ArrayList<>();
        problems.add(new ChainProblem(1, ChainProblem.Kind.HEAD, "the head file is missing"));
        for (int seq = 2; seq <= 7; seq++) {
            problems.add(new ChainProblem(seq, ChainProblem.Kind.EDITED, "record " + seq + " was changed"));
        }
        mount(at -> DashboardReports.withChain(DashboardReports.report(at.workspace()),
                new ChainVerification(7, Optional.of(new ChainHead(7, "abcd")), problems)));

        VBox dashboard = lookup("#dashboard").queryAs(VBox.class);
        Node alert = lookup("#ledger-alert").query();
        Node status = lookup("#status-counts").query().getParent();
        assertThat(dashboard.getChildren().indexOf(alert)).as("before the status").isPositive()
                .isEqualTo(dashboard.getChildren().indexOf(status) - 1);
        assertThat(text("#ledger-alert-title")).isEqualTo("Sign-off ledger does not verify — 7 problems");
        assertThat(text("#ledger-alert-summary")).contains("7 problems were found", "unverified");
        assertThat(lookup("#ledger-alert-problems .label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("head", "record 1 — the head file is missing", "edited", "record 2 was changed",
                        "edited", "record 3 was changed", "edited", "record 4 was changed", "edited",
                        "record 5 was changed");
        assertThat(text("#ledger-alert-more")).isEqualTo("and 2 more");
        assertThat(text("#c-docs-signoffs")).isEqualTo("0 of 2 roles approved · 1 stale");

        clickOn("#ledger-open-signoffs");

        assertThat(shown).containsExactly(Navigator.Target.ledger());
    }

    @Test
    void theExportPicturesTheWholeContentAtTwiceItsSize() throws Exception {
        mount();
        Path target = temp.resolve("dashboard.png");
        interact(() -> page.export(target));

        Bounds bounds = page.content().getLayoutBounds();
        var picture = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(target)));
        assertThat(bounds.getHeight()).as("taller than the window: the whole content, not the viewport")
                .isGreaterThan(700);
        assertThat((double) picture.getWidth()).isCloseTo(2 * bounds.getWidth(), within(1.0));
        assertThat((double) picture.getHeight()).isCloseTo(2 * bounds.getHeight(), within(1.0));
        assertThat(picture.getRGB(picture.getWidth() / 2, picture.getHeight() - 4) >>> 24)
                .as("opaque to the bottom").isEqualTo(255);
    }
}
