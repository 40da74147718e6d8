package org.migrationworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.ui.compare.CompareWorkspaces;
import org.migrationworkbench.ui.compare.ComparisonRow;

/** The Compare page in the real app on headless Monocle: declared comparisons listed and run. */
class CompareAppTest extends AppTest {
    @Test
    void theComparePageListsTheDeclaredComparisonsAndRunAllGivesEachAVerdict(@TempDir Path temp) throws Exception {
        Path workspace = CompareWorkspaces.write(temp.resolve("ws"));
        start("--workspace=" + workspace);
        waitFor("the overview", () -> lookup("#workspace-name").tryQuery().isPresent());
        push(KeyCode.CONTROL, KeyCode.DIGIT4);
        waitFor("the compare page", () -> lookup("#comparisons").tryQuery().isPresent());
        TableView<ComparisonRow> table = lookup("#comparisons").queryTableView();
        assertThat(table.getItems()).extracting(ComparisonRow::id).containsExactly("scores", "summary", "report");
        assertThat(lookup("#compare-empty").tryQuery()).isPresent();

        clickOn("#run-all-comparisons");

        waitFor("every verdict", () -> table.getItems().stream().noneMatch(r -> r.verdict().equals("not run")));
        assertThat(cssWarnings).isEmpty();
    }
}
