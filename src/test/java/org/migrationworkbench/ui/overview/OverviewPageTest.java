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
import org.migrationworkbench.core.report.dashboard.DashboardReports;
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
        Path folder = temp.resolve("ws");
        DashboardReports.workspace(folder);
        opened = SignoffWorkspaces.open(folder);
        DashboardViewModel model = new DashboardViewModel(opened, new SameThreadTaskRunner(),
                (title, e) -> errors.add(e), at -> DashboardReports.report(at.workspace()));
        FxToolkit.setupStage(stage -> {
            page = new OverviewPage(model, new ChecklistProgressPane(new SimpleObjectProperty<>()), new Label());
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
