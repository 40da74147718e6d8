package org.migrationworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

/** The status dashboard on the Overview of the real app, over the sample workspace. */
class DashboardAppTest extends AppTest {
    private static final List<String> SAMPLE_PHASES = List.of("p1-inventory", "p2-skeleton", "p3-scoring-port",
            "p4-tests-docs", "p5-parallel-run", "p6-cutover", "p7-decommission");
    private static final List<String> STATUSES = List.of("not started", "in progress", "at risk", "blocked", "done");

    @Test
    void theDashboardShowsEachSamplePhaseWithItsStatusAndTheCountsAgree() throws Exception {
        start();
        waitFor("the phase cards", () -> lookup("#phase-cards").tryQuery().isPresent());

        VBox cards = lookup("#phase-cards").queryAs(VBox.class);
        assertThat(cards.getChildren()).extracting(n -> n.getId())
                .containsExactlyElementsOf(SAMPLE_PHASES.stream().map(id -> "phase-card-" + id).toList());
        Map<String, Long> shown = SAMPLE_PHASES.stream().map(id -> text("#phase-status-" + id))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(STATUSES).containsAll(shown.keySet());
        for (String status : STATUSES) {
            String tile = "#status-count-" + status.replace(' ', '_');
            assertThat(text(tile + " .wb-count-value"))
                    .as(status).isEqualTo(Long.toString(shown.getOrDefault(status, 0L)));
        }
        assertThat(lookup("#export-png").queryButton().isDisabled()).isFalse();
        assertThat(cssWarnings).isEmpty();
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }
}
