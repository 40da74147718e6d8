package org.migrationworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.ui.timeline.TimelineWorkspaces;

/** Presenter mode of the real app on headless Monocle, driven by the keys a clicker sends. */
class PresenterAppTest extends AppTest {
    @Test
    void f11OpensPresenterModeWhoseKeysMoveThroughTheSlidesAndEscLeaves(@TempDir Path temp) throws Exception {
        Path workspace = TimelineWorkspaces.write(temp.resolve("ws"));
        start("--workspace=" + workspace);
        waitFor("the overview", () -> lookup("#workspace-name").tryQuery().isPresent());

        type(KeyCode.F11);
        waitFor("the status slides", () -> "1 / 7".equals(text("#presenter-counter")));
        assertThat(text("#presenter-title")).isEqualTo("Timeline test");
        assertThat(presenter().isFullScreen()).isTrue();

        type(KeyCode.RIGHT);
        waitFor("slide 2", () -> "2 / 7".equals(text("#presenter-counter")));
        assertThat(text("#presenter-title")).isEqualTo("Timeline");
        waitFor("the timeline chart", () -> lookup("#presenter-timeline .wb-gantt-bar").queryAll().size() == 4);
        type(KeyCode.DOWN);
        waitFor("slide 3", () -> "3 / 7".equals(text("#presenter-counter")));
        assertThat(text("#presenter-title")).isEqualTo("Success metrics");
        type(KeyCode.PAGE_DOWN);
        waitFor("slide 4", () -> "4 / 7".equals(text("#presenter-counter")));
        type(KeyCode.SPACE);
        waitFor("slide 5", () -> "5 / 7".equals(text("#presenter-counter")));
        assertThat(text("#presenter-title")).isEqualTo("Comparisons");
        type(KeyCode.LEFT);
        waitFor("back to slide 4", () -> "4 / 7".equals(text("#presenter-counter")));
        assertThat(text("#presenter-title")).isEqualTo("Readiness");

        type(KeyCode.ESCAPE);
        waitFor("presenter mode to close", () -> lookup("#presenter").tryQuery().isEmpty());

        clickOn("#present-button");
        waitFor("presenter mode from the button", () -> "1 / 7".equals(text("#presenter-counter")));
        type(KeyCode.ESCAPE);
        waitFor("presenter mode to close again", () -> lookup("#presenter").tryQuery().isEmpty());
        assertThat(cssWarnings).isEmpty();
    }

    private String text(String query) {
        return lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private Stage presenter() {
        return (Stage) lookup("#presenter").query().getScene().getWindow();
    }

}
