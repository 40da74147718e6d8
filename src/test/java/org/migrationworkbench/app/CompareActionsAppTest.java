package org.migrationworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.ui.compare.CompareWorkspaces;
import org.migrationworkbench.ui.compare.ComparisonRow;
import org.migrationworkbench.ui.readiness.ReadinessWorkspaces;

/** Accepting a record in the real app, and a code-ref rule's pair opened side by side in Compare. */
class CompareActionsAppTest extends AppTest {
    @Test
    void acceptingARecordInTheRecordViewMakesTheVerdictShowItAccepted(@TempDir Path temp) throws Exception {
        Path workspace = CompareWorkspaces.write(temp.resolve("ws"));
        start("--workspace=" + workspace);
        waitFor("the overview", () -> lookup("#workspace-name").tryQuery().isPresent());
        push(KeyCode.CONTROL, KeyCode.DIGIT4);
        waitFor("the compare page", () -> lookup("#comparisons").tryQuery().isPresent());
        TableView<ComparisonRow> table = lookup("#comparisons").queryTableView();
        clickOn("Scores of the nightly run");
        clickOn("#run-comparison");
        waitFor("the record table", () -> lookup("#record-table").tryQuery().isPresent());
        assertThat(lookup("#accept-difference").query().isDisabled()).as("nothing selected yet").isTrue();

        TableView<?> records = lookup("#record-table").queryTableView();
        interact(() -> records.getSelectionModel().select(0));
        clickOn("#accept-difference");
        waitFor("the accept dialog", () -> lookup("#accept-reason").tryQuery().isPresent());
        assertThat(lookup("#accept-problem").queryAs(Label.class).getText()).startsWith("Enter a reason");
        interact(() -> lookup("#accept-reason").queryAs(TextArea.class).setText("new scoring rounds up"));
        clickOn("#accept-save");

        waitFor("the verdict with the acceptance", () -> lookup("#compare-verdict").tryQuery()
                .map(n -> ((Label) n).getText().contains("1 accepted difference")).orElse(false));
        assertThat(lookup("#compare-verdict").queryAs(Label.class).getText()).contains("register: 1 entry");
        assertThat(table.getItems().get(0).verdict()).isEqualTo("match");
        assertThat(lookup("#register-pane").tryQuery()).isPresent();
        assertThat(cssWarnings).isEmpty();
    }

    @Test
    void aCodeRefRuleWithTwoReferencesOpensThemSideBySideInCompare(@TempDir Path temp) throws Exception {
        Path workspace = ReadinessWorkspaces.write(temp);
        Files.writeString(workspace.resolve("workbench.yaml"), Files.readString(workspace.resolve("workbench.yaml"))
                + "  - {id: pair, title: Batch and pipeline, kind: code-ref, refs: ['2:2:legacy/batch.py',"
                + " '3:4:pipeline/run.py'], severity: minor, phase: p2}\n");
        start("--workspace=" + workspace);
        waitFor("the overview", () -> lookup("#workspace-name").tryQuery().isPresent());
        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitFor("the empty readiness state", () -> lookup("#readiness-empty").tryQuery().isPresent());
        clickOn("#run-all");
        waitFor("the trust question", () -> lookup("#trust-dialog").tryQuery().isPresent());
        clickOn("Trust and run");
        waitFor("the verdict", () -> "NOT READY".equals(lookup("#readiness-level").queryAs(Label.class).getText()));
        clickOn("Batch and pipeline");
        waitFor("the side-by-side button", () -> lookup("#open-side-by-side").tryQuery().isPresent());

        clickOn("#open-side-by-side");

        waitFor("the text diff", () -> lookup("#text-diff").tryQuery().isPresent());
        assertThat(lookup("#compare-page").query().isVisible()).isTrue();
        assertThat(lookup("#diff-old-title").queryAs(Label.class).getText()).endsWith("batch.py");
        assertThat(lookup("#diff-new-title").queryAs(Label.class).getText()).endsWith("run.py");
        assertThat(lookup("#compare-what").queryAs(Label.class).getText())
                .startsWith("legacy/batch.py:2 ↔ pipeline/run.py:3");
        assertThat(lookup("#accept-difference").query().isDisabled()).as("ad hoc: no register").isTrue();
        assertThat(cssWarnings).isEmpty();
    }
}
