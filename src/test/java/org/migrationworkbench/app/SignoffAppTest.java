package org.migrationworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.ui.signoff.CellState;
import org.migrationworkbench.ui.signoff.MatrixCell;
import org.migrationworkbench.ui.signoff.SignoffWorkspaces;

/** Approving a gate in the real app on headless Monocle. */
class SignoffAppTest extends AppTest {
    private static final String CELL = "#cell-p1-build-Technical-Lead";

    @Test
    void approvingAMissingCellShowsItApprovedByThePerson(@TempDir Path temp) throws Exception {
        Path workspace = SignoffWorkspaces.write(temp.resolve("ws"));
        start("--workspace=" + workspace);
        waitFor("the overview", () -> lookup("#workspace-name").tryQuery().isPresent());
        push(KeyCode.CONTROL, KeyCode.DIGIT6);
        waitFor("the matrix", () -> lookup(CELL).tryQuery().isPresent());
        assertThat(cell().state()).isEqualTo(CellState.MISSING);

        clickOn(CELL);
        clickOn("#sign-selected");
        waitFor("the sign dialog", () -> lookup("#sign-dialog").tryQuery().isPresent());
        assertThat(texts("#sign-evidence")).contains("Checklists", "build", "1 of 1 done");
        assertThat(lookup("#sign-key").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo(org.migrationworkbench.core.signoff.SigningKey.forUser().publicKey());
        clickOn("#sign-name").push(KeyCode.CONTROL, KeyCode.A).write("Grace Hopper");
        clickOn("#sign-email").push(KeyCode.CONTROL, KeyCode.A).write("grace@example.org");
        clickOn("#sign-approve");

        waitFor("the dialog to close", () -> lookup("#sign-dialog").tryQuery().isEmpty());
        waitFor("the approved cell", () -> cell().state() == CellState.APPROVED);
        assertThat(texts(CELL)).contains("Approved").anySatisfy(t -> assertThat(t).startsWith("Grace Hopper · "));
        assertThat(lookup("#verification-banner").query().isVisible()).isFalse();
        assertThat(lookup("#gate-history").queryTableView().getItems()).hasSize(1);
        assertThat(cssWarnings).isEmpty();
    }

    private MatrixCell cell() {
        return (MatrixCell) lookup(CELL).queryAs(Button.class).getUserData();
    }

    private List<String> texts(String query) {
        Node root = lookup(query).query();
        return from(root).lookup((Node n) -> n instanceof Label).queryAll().stream()
                .map(n -> ((Label) n).getText()).toList();
    }
}
