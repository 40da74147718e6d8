package org.migrationworkbench.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.signoff.Signer;
import org.migrationworkbench.core.timeline.TimelineScale;
import org.migrationworkbench.ui.common.Styles;
import org.migrationworkbench.ui.signoff.SignoffContext;
import org.migrationworkbench.ui.signoff.SignoffWorkspaces;
import org.migrationworkbench.ui.task.SameThreadTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Exporting the Timeline as a PNG on headless Monocle: the whole chart at twice its size, not the rows in view. */
class TimelineExportTest extends FxRobot {
    private static final Clock SEPTEMBER_15 = Clock.fixed(Instant.parse("2026-09-15T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;
    private final List<Throwable> errors = new ArrayList<>();
    private OpenedWorkspace opened;
    private TimelineViewModel model;
    private TimelinePage page;

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

    private void mount(Path workspace) throws Exception {
        opened = SignoffWorkspaces.open(workspace);
        model = new TimelineViewModel(opened, new SignoffContext(new SameThreadTaskRunner(),
                (title, e) -> errors.add(e), SignoffWorkspaces.evidence(),
                target -> new Signer("Ada", "ada@example.org"), SEPTEMBER_15), SignoffWorkspaces.status(SEPTEMBER_15));
        FxToolkit.setupStage(stage -> {
            page = new TimelinePage(model, target -> { });
            Scene scene = new Scene(new StackPane(page.node()), 1100, 600);
            scene.getStylesheets().addAll(Styles.stylesheets());
            stage.setScene(scene);
            stage.show();
            model.load();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theExportedPictureIsTheWholeChartAtTwiceItsSize() throws Exception {
        mount(TimelineWorkspaces.writeLong(temp.resolve("ws"), 120));
        assertThat(lookup("#bar-p119").tryQuery()).as("a row out of view is not drawn on screen").isEmpty();
        Path target = temp.resolve("timeline.png");

        interact(() -> page.export(target));
        WaitForAsyncUtils.waitForFxEvents();

        BufferedImage image = ImageIO.read(target.toFile());
        TimelineScale scale = TimelineScale.of(model.dataProperty().get(), Zoom.WEEK.pixelsPerDay());
        assertThat(image.getWidth()).isEqualTo((int) Math.round(scale.width() * 2));
        assertThat(image.getHeight()).isEqualTo((int) Math.round(scale.height() * 2));
        int lastBarY = (int) (scale.middle(119) * 2);
        int lastBarX = (int) ((scale.x(model.dataProperty().get().rows().get(119).dates().orElseThrow().start()) + 20)
                * 2);
        assertThat(image.getRGB(lastBarX, lastBarY)).as("the last row's bar is in the picture")
                .isNotEqualTo(image.getRGB(lastBarX, lastBarY - 30));
        assertThat(lookup("#timeline-exported").queryLabeled().getText()).isEqualTo("Saved timeline.png");
    }

    @Test
    void atFitTheExportHasTheDayWidthOnScreen() throws Exception {
        mount(TimelineWorkspaces.write(temp.resolve("ws")));
        clickOn("#zoom-fit");
        Path target = temp.resolve("fit.png");

        interact(() -> page.export(target));
        WaitForAsyncUtils.waitForFxEvents();

        BufferedImage image = ImageIO.read(target.toFile());
        assertThat(Math.abs(image.getWidth() / 2.0 - lookup("#gantt-chart").queryAs(javafx.scene.layout.Pane.class)
                .getMinWidth())).isLessThan(1.5);
    }
}
