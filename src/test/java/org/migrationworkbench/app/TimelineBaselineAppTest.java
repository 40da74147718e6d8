package org.migrationworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.model.DateRange;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.core.timeline.Baseline;
import org.migrationworkbench.core.timeline.BaselineService;
import org.migrationworkbench.ui.timeline.TimelineWorkspaces;

/** Baseline against current plan in the real app's Timeline on headless Monocle. */
class TimelineBaselineAppTest extends AppTest {
    private static final Instant TAKEN = Instant.parse("2026-08-31T09:00:00Z");

    @Test
    void aStoredBaselineShowsPlannedBarsAndFlagsTheSlippedPhase(@TempDir Path temp) throws Exception {
        Path workspace = TimelineWorkspaces.write(temp.resolve("ws"));
        // a-plan now ends 2026-09-13; the baseline planned it to end three days earlier
        store(workspace, new Baseline(TAKEN, "gate a-plan signed off", Map.of(
                "a-plan", new DateRange(LocalDate.parse("2026-09-07"), LocalDate.parse("2026-09-10")),
                "b-build", new DateRange(LocalDate.parse("2026-09-14"), LocalDate.parse("2026-09-25")))));
        openTimeline(workspace);
        waitFor("the slip flag", () -> lookup("#slip-a-plan").tryQuery().isPresent());

        assertThat(lookup("#slip-a-plan").queryAs(Text.class).getText()).isEqualTo("+3 d");
        assertThat(lookup("#slip-b-build").tryQuery()).isEmpty();
        Rectangle planned = lookup("#planned-a-plan").queryAs(Rectangle.class);
        Rectangle bar = lookup("#bar-a-plan .wb-gantt-bar").queryAs(Rectangle.class);
        assertThat(planned.getY()).isGreaterThan(bar.getY() + bar.getHeight());
        assertThat(planned.getHeight()).isLessThan(bar.getHeight());
        assertThat(planned.getWidth()).isLessThan(bar.getWidth());
        assertThat(lookup("#planned-c-docs").tryQuery()).isEmpty();

        clickOn("#bar-a-plan .wb-gantt-bar");
        waitFor("the details", () -> lookup("#detail-baseline").tryQuery().isPresent());
        assertThat(lookup("#detail-baseline").queryAs(Label.class).getText())
                .isEqualTo("Baseline 2026-08-31: planned 2026-09-07 – 2026-09-10; slipped 3 days");

        clickOn("#timeline-baseline");
        waitFor("the baseline hidden", () -> lookup("#planned-a-plan").tryQuery().isEmpty());
        assertThat(lookup("#slip-a-plan").tryQuery()).isEmpty();
        assertThat(cssWarnings).isEmpty();
    }

    @Test
    void saveBaselineAsksFirstThenShowsTheNewBaseline(@TempDir Path temp) throws Exception {
        Path workspace = TimelineWorkspaces.write(temp.resolve("ws"));
        openTimeline(workspace);
        waitFor("the chart", () -> lookup("#bar-a-plan").tryQuery().isPresent());
        assertThat(lookup("#timeline-baseline").queryAs(ToggleButton.class).isDisabled()).isTrue();

        clickOn("#timeline-save-baseline");
        waitFor("the question", () -> lookup("#save-baseline-dialog").tryQuery().isPresent());
        assertThat(lookup("#save-baseline-dialog .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("Save a baseline of 4 phases?");
        clickOn(lookup("#save-baseline-dialog .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Save baseline")).findFirst().orElseThrow());

        waitFor("the planned bars", () -> lookup("#planned-d-cutover").tryQuery().isPresent());
        assertThat(lookup("#timeline-baseline").queryAs(ToggleButton.class).isDisabled()).isFalse();
        assertThat(lookup(".wb-gantt-slip").tryQuery()).isEmpty();
    }

    private void openTimeline(Path workspace) throws Exception {
        start("--workspace=" + workspace);
        waitFor("the overview", () -> lookup("#workspace-name").tryQuery().isPresent());
        push(KeyCode.CONTROL, KeyCode.DIGIT5);
    }

    private static void store(Path workspace, Baseline baseline) {
        try (WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(workspace))) {
            BaselineService.of(store.dataSource(), Clock.systemUTC()).save(baseline, "tester");
        }
    }
}
