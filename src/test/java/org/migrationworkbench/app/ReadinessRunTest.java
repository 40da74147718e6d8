package org.migrationworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.ui.common.Styles;
import org.migrationworkbench.ui.readiness.ReadinessWorkspaces;
import org.migrationworkbench.ui.readiness.RuleRow;

/** Running readiness in the real app on headless Monocle: trust, results, evidence and the code preview. */
class ReadinessRunTest extends AppTest {
    @Test
    void runAllShowsTheLevelAFailingRulesEvidenceAndItsLineInTheCode(@TempDir Path temp) throws Exception {
        Path workspace = ReadinessWorkspaces.write(temp);
        start("--workspace=" + workspace);
        waitFor("the overview", () -> lookup("#workspace-name").tryQuery().isPresent());
        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitFor("the empty readiness state", () -> lookup("#readiness-empty").tryQuery()
                .map(Node::isVisible).orElse(false));

        clickOn("#run-all");
        waitFor("the trust question", () -> lookup("#trust-dialog").tryQuery().isPresent());
        clickOn("Trust and run");
        waitFor("the verdict", () -> "NOT READY".equals(text("#readiness-level")));
        assertThat(text("#last-run")).startsWith("last run: ").contains("NOT READY");

        TableView<RuleRow> rules = lookup("#readiness-rules").queryTableView();
        RuleRow command = rules.getItems().stream().filter(r -> r.id().equals("tests-pass")).findFirst()
                .orElseThrow();
        assertThat(command.word()).as("trusted, so the command ran").isEqualTo("Pass");
        clickOn("No sandbox imports");
        waitFor("the rule's details", () -> lookup("#rule-summary").tryQuery().isPresent());
        assertThat(text("#rule-status")).startsWith("Fail");
        assertThat(lookup("#waive").tryQuery()).isPresent();

        clickOn("legacy/batch.py:2");
        waitFor("the code preview", () -> lookup("#code-preview").query().isVisible()
                && !lookup("#code-lines").queryListView().getItems().isEmpty());
        ListView<String> lines = lookup("#code-lines").queryListView();
        assertThat(lines.getItems()).contains("import app.sandbox");
        waitFor("the highlighted line", () -> lookup("." + Styles.CODE_HIT).tryQuery().isPresent());
        ListCell<?> hit = lookup("." + Styles.CODE_HIT).queryAs(ListCell.class);
        assertThat(hit.getText()).contains("2  import app.sandbox");

        push(KeyCode.CONTROL, KeyCode.DIGIT1);
        waitFor("the overview's readiness line", () -> lookup("#overview-readiness-level").tryQuery().isPresent());
        assertThat(text("#overview-readiness-level")).isEqualTo("NOT READY");
        assertThat(cssWarnings).isEmpty();
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }
}
