package org.migrationworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.testing.TestWorkspaces;
import org.migrationworkbench.ui.checklist.ChecklistRow;
import org.migrationworkbench.ui.checklist.ItemRow;
import org.testfx.util.WaitForAsyncUtils;

/** Walking through a checklist at the keyboard in the real app on headless Monocle, and reopening it. */
class ChecklistWalkthroughTest extends AppTest {
    private static Path workspace(Path folder) {
        TestWorkspaces.write(folder.resolve("workbench.yaml"), """
                name: Walkthrough
                target: .
                start: 2026-09-07
                phases:
                  - id: p1
                    title: Cutover
                    weeks: 1
                checklists:
                  - id: x
                    title: Cutover night
                    items:
                      - Freeze writes to the legacy database
                      - Announce the maintenance window
                      - Switch DNS to the new pipeline
                      - Tell sales ops
                """);
        return folder;
    }

    private void openChecklists(Path workspace) throws Exception {
        start("--workspace=" + workspace);
        waitFor("the overview", () -> lookup("#workspace-name").tryQuery().isPresent());
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitFor("the checklist tree", () -> lookup("#checklist-tree").tryQuery().isPresent()
                && tree().getExpandedItemCount() == 5);
        assertThat(tree().getScene().getFocusOwner()).as("the tree has the keyboard").isSameAs(tree());
        ListView<?> list = lookup("#checklist-list").queryAs(ListView.class);
        interact(() -> list.getSelectionModel().select(0));
    }

    @Test
    void walkingThroughAtTheKeyboardIsStoredAndSurvivesReopening(@TempDir Path temp) throws Exception {
        Path workspace = workspace(temp.resolve("ws"));
        openChecklists(workspace);
        assertThat(selectedText()).isEqualTo("Freeze writes to the legacy database");

        push(KeyCode.SPACE);
        push(KeyCode.N);
        assertThat(selectedText()).isEqualTo("Announce the maintenance window");
        push(KeyCode.J);
        assertThat(selectedText()).isEqualTo("Switch DNS to the new pipeline");
        push(KeyCode.B);
        waitFor("the reason dialog", () -> lookup("#reason-field").tryQuery().isPresent());
        targetWindow(lookup("#reason-field").query().getScene().getWindow()); // typed text goes to the dialog
        write("registrar access missing");
        push(KeyCode.ENTER);
        targetWindow(tree().getScene().getWindow());
        waitFor("the blocked state", () -> "blocked".equals(stateOf("Switch DNS to the new pipeline")));

        assertThat(states()).containsExactly("done", "open", "blocked", "open");
        assertThat(lookup("#item-state").queryAs(Label.class).getText())
                .isEqualTo("Blocked: registrar access missing");
        push(KeyCode.CONTROL, KeyCode.DIGIT1);
        waitFor("the checklist progress", () -> lookup("#checklist-total").queryAs(Label.class).getText()
                .equals("1 of 4 items complete (25%) across 1 checklist"));

        closeApp();
        openChecklists(workspace);
        assertThat(states()).containsExactly("done", "open", "blocked", "open");
        assertThat(cssWarnings).isEmpty();
    }

    @Test
    void undoAndRedoAtTheKeyboardAndNextOpenWhenAllAreDone(@TempDir Path temp) throws Exception {
        openChecklists(workspace(temp.resolve("ws")));
        for (int i = 0; i < 4; i++) {
            push(KeyCode.SPACE);
            push(KeyCode.J);
        }
        assertThat(states()).containsOnly("done");
        push(KeyCode.N);
        assertThat(lookup("#keys-hint").queryAs(Label.class).getText()).isEqualTo("No open items");

        push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(states()).containsExactly("done", "done", "done", "open");
        assertThat(selectedText()).isEqualTo("Tell sales ops");
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertThat(states()).containsOnly("done");
    }

    @Test
    void aReloadKeepsTheSelectedItemAndTheScrollPositionAndShowsWhatTheImportChanged(@TempDir Path temp)
            throws Exception {
        Path workspace = workspace(temp.resolve("ws"));
        TestWorkspaces.write(workspace.resolve("guide.md"), guide("Check"));
        TestWorkspaces.write(workspace.resolve("workbench.yaml"), Files.readString(workspace.resolve("workbench.yaml"))
                + "  - id: guide\n    title: Long guide\n    file: guide.md\n");
        openChecklists(workspace);
        ListView<?> list = lookup("#checklist-list").queryAs(ListView.class);
        interact(() -> list.getSelectionModel().select(1));
        waitFor("the guide", () -> tree().getExpandedItemCount() == 1 + 10 + 300);
        interact(() -> {
            tree().scrollTo(200);
            tree().getSelectionModel().clearAndSelect(205);
        });
        WaitForAsyncUtils.waitForFxEvents();
        int top = firstVisibleRow();
        String selected = selectedText();
        assertThat(top).isBetween(195, 205);

        TestWorkspaces.write(workspace.resolve("guide.md"), guide("Check").replace("Check item 12 of section 1\n",
                "Check item twelve of section 1\n"));
        interact(menuItem("File", "Reload")::fire);
        waitFor("the import changes", () -> !texts("#import-changes").isEmpty());
        assertThat(texts("#import-changes")).contains("1 reworded");
        assertThat(selectedText()).isEqualTo(selected);
        assertThat(firstVisibleRow()).isEqualTo(top);
    }

    /** Ten sections of thirty items each. */
    private static String guide(String verb) {
        StringBuilder text = new StringBuilder("# Long guide\n");
        for (int s = 1; s <= 10; s++) {
            text.append("\n## Section ").append(s).append("\n\n");
            for (int i = 1; i <= 30; i++) {
                text.append("- [ ] ").append(verb).append(" item ").append(i).append(" of section ").append(s)
                        .append('\n');
            }
        }
        return text.toString();
    }

    private int firstVisibleRow() {
        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) tree()
                .lookup(".virtual-flow");
        return flow.getFirstVisibleCell().getIndex();
    }

    private List<String> texts(String query) {
        javafx.scene.Node root = lookup(query).query();
        return from(root).lookup((javafx.scene.Node n) -> n instanceof Label).queryAll().stream()
                .map(n -> ((Label) n).getText()).toList();
    }

    private TreeTableView<ChecklistRow> tree() {
        @SuppressWarnings("unchecked")
        TreeTableView<ChecklistRow> tree = lookup("#checklist-tree").queryAs(TreeTableView.class);
        return tree;
    }

    private String selectedText() {
        return tree().getSelectionModel().getSelectedItem().getValue().text();
    }

    private List<String> states() {
        List<String> states = new ArrayList<>();
        TreeTableView<ChecklistRow> tree = tree();
        for (int i = 0; i < tree.getExpandedItemCount(); i++) {
            if (tree.getTreeItem(i).getValue() instanceof ItemRow item) {
                states.add(item.state());
            }
        }
        return states;
    }

    private String stateOf(String text) {
        return tree().getRoot().getChildren().get(0).getChildren().stream().map(i -> (ItemRow) i.getValue())
                .filter(i -> i.text().equals(text)).findFirst().map(ItemRow::state).orElse("");
    }
}
