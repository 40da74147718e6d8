package org.migrationworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.ui.checklist.ChecklistSummary;
import org.migrationworkbench.ui.timeline.TimelineWorkspaces;

/** The Gantt chart of the real app on headless Monocle. */
class TimelineAppTest extends AppTest {
    @Test
    void theTimelineDrawsABarPerScheduledPhaseAndShowsAClickedPhase(@TempDir Path temp) throws Exception {
        Path workspace = TimelineWorkspaces.write(temp.resolve("ws"));
        start("--workspace=" + workspace);
        waitFor("the overview", () -> lookup("#workspace-name").tryQuery().isPresent());
        push(KeyCode.CONTROL, KeyCode.DIGIT5);
        waitFor("the chart", () -> lookup("#bar-a-plan").tryQuery().isPresent());

        for (String id : new String[] {"a-plan", "b-build", "c-docs", "d-cutover"}) {
            assertThat(lookup("#bar-" + id + " .wb-gantt-bar").queryAll()).as(id).hasSize(1);
        }
        assertThat(lookup("#bar-e-later .wb-gantt-bar").queryAll()).isEmpty();
        assertThat(lookup("#bar-e-later .wb-gantt-unscheduled").queryAll()).hasSize(1);
        waitFor("a-plan coloured done (its gate is met)",
                () -> lookup("#bar-a-plan .wb-gantt-bar.wb-gantt-status-done").tryQuery().isPresent());

        clickOn("#bar-d-cutover .wb-gantt-bar");
        waitFor("the details", () -> text("#detail-dates").startsWith("2026-09-26"));
        assertThat(text("#detail-dates")).isEqualTo("2026-09-26 → 2026-10-02 (7 days)");
        assertThat(text("#detail-slack")).isEqualTo("0 days — on the critical path");
        waitFor("the gate requirements", () -> requirements().contains("✗ role Technical Lead: no approval"));
        assertThat(cssWarnings).isEmpty();
    }

    @Test
    void aPhasesLinksOpenItsGateChecklistAndItsSignoffsInTheirViews(@TempDir Path temp) throws Exception {
        Path workspace = TimelineWorkspaces.write(temp.resolve("ws"));
        start("--workspace=" + workspace);
        waitFor("the overview", () -> lookup("#workspace-name").tryQuery().isPresent());
        push(KeyCode.CONTROL, KeyCode.DIGIT5);
        waitFor("the chart", () -> lookup("#bar-d-cutover").tryQuery().isPresent());
        clickOn("#bar-d-cutover .wb-gantt-bar");
        waitFor("the links", () -> lookup("#link-signoffs-d-cutover").tryQuery().isPresent());
        assertThat(lookup("#link-checklist-plan").tryQuery()).isEmpty();

        clickOn("#link-signoffs-d-cutover");
        waitFor("the chosen cell", () -> lookup("#cell-d-cutover-Technical-Lead").tryQuery()
                .map(n -> n.getPseudoClassStates().contains(PseudoClass.getPseudoClass("chosen"))).orElse(false));

        push(KeyCode.CONTROL, KeyCode.DIGIT5);
        waitFor("the chart again", () -> lookup("#bar-a-plan").tryQuery().isPresent());
        clickOn("#bar-a-plan .wb-gantt-bar");
        waitFor("the checklist link", () -> lookup("#link-checklist-plan").tryQuery().isPresent());
        clickOn("#link-checklist-plan");
        waitFor("the plan checklist", () -> lookup("#checklist-list").tryQuery().map(n -> ((ListView<?>) n)
                .getSelectionModel().getSelectedItem()).map(c -> ((ChecklistSummary) c).id()).orElse("")
                .equals("plan"));
    }

    @Test
    void fitMakesTheWholePlanAsWideAsTheView(@TempDir Path temp) throws Exception {
        Path workspace = TimelineWorkspaces.writeLong(temp.resolve("ws"), 150);
        start("--workspace=" + workspace);
        waitFor("the overview", () -> lookup("#workspace-name").tryQuery().isPresent());
        push(KeyCode.CONTROL, KeyCode.DIGIT5);
        waitFor("the chart", () -> lookup("#bar-p0").tryQuery().isPresent());
        Pane chart = lookup("#gantt-chart").queryAs(Pane.class);
        ScrollPane scroll = (ScrollPane) chart.getParent().getParent().getParent();
        double viewWidth = scroll.getViewportBounds().getWidth();
        assertThat(chart.getMinWidth()).isGreaterThan(viewWidth * 1.5);

        clickOn("#zoom-fit");
        waitFor("the fitted chart", () -> chart.getMinWidth() <= scroll.getViewportBounds().getWidth());
        assertThat(chart.getMinWidth()).isGreaterThan(scroll.getViewportBounds().getWidth() - 4);
        clickOn("#zoom-day");
        waitFor("the day zoom", () -> chart.getMinWidth() > viewWidth * 3);
    }

    @Test
    void theSampleTimelineDrawsItsSevenPhasesWithTheCriticalPath() throws Exception {
        start();
        waitFor("the sample", () -> lookup("#workspace-name").tryQuery().isPresent());
        push(KeyCode.CONTROL, KeyCode.DIGIT5);
        waitFor("the chart", () -> lookup("#bar-p7-decommission").tryQuery().isPresent());

        for (String id : new String[] {"p1-inventory", "p2-skeleton", "p3-scoring-port", "p4-tests-docs",
                "p5-parallel-run", "p6-cutover", "p7-decommission"}) {
            assertThat(lookup("#bar-" + id + " .wb-gantt-bar").queryAll()).as(id).hasSize(1);
        }
        assertThat(lookup(".wb-gantt-bar.wb-gantt-critical").queryAll()).hasSize(5);
        assertThat(lookup(".wb-gantt-arrow-critical").queryAll()).hasSize(3); // p1→p2→p3, p6→p7
        assertThat(cssWarnings).isEmpty();
    }

    @Test
    void aLongPlanDrawsTheRowsInViewAndTheOthersWhenScrolledTo(@TempDir Path temp) throws Exception {
        Path workspace = TimelineWorkspaces.writeLong(temp.resolve("ws"), 150);
        start("--workspace=" + workspace);
        waitFor("the overview", () -> lookup("#workspace-name").tryQuery().isPresent());
        push(KeyCode.CONTROL, KeyCode.DIGIT5);
        waitFor("the chart", () -> lookup("#bar-p0").tryQuery().isPresent());
        assertThat(lookup("#bar-p149").tryQuery()).isEmpty();
        assertThat(lookup(".wb-gantt-bar").queryAll().size()).isBetween(10, 80);

        ScrollPane scroll = (ScrollPane) lookup("#gantt-chart").query().getParent().getParent().getParent();
        interact(() -> scroll.setVvalue(1));
        waitFor("the last rows", () -> lookup("#bar-p149").tryQuery().isPresent());
        assertThat(lookup("#bar-p0").tryQuery()).isEmpty();
        assertThat(lookup("#label-p149").tryQuery()).isPresent();
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    private java.util.List<String> requirements() {
        VBox box = lookup("#detail-requirements").queryAs(VBox.class);
        return box.getChildren().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList();
    }
}
