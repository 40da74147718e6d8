package org.migrationworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.settings.Settings;
import org.migrationworkbench.core.settings.SettingsStore;
import org.migrationworkbench.testing.TestWorkspaces;
import org.testfx.util.WaitForAsyncUtils;

/** The real app on headless Monocle: opening workspaces, errors, navigation, theme. */
class WorkbenchAppTest extends AppTest {
    private String workspaceName() {
        return lookup("#workspace-name").queryAs(Label.class).getText();
    }

    @Test
    void theSampleOpensAndTheOverviewShowsItsPhases() throws Exception {
        start();
        waitFor("the phase cards", () -> lookup("#phase-cards").tryQuery().isPresent());
        VBox phases = lookup("#phase-cards").queryAs(VBox.class);
        assertThat(phases.getChildren()).hasSize(7);
        assertThat(texts(phases.getChildren().get(0))).contains("Inventory and baseline", "p1-inventory");
        assertThat(workspaceName()).isEqualTo("Opportunity scoring: batch scripts to unified pipeline");
        assertThat(texts("#repository-card")).anySatisfy(t -> assertThat(t).startsWith("Branch main"));
        assertThat(texts("#roles")).contains("Technical Lead", "Product Owner", "Engineering Manager",
                "Stakeholder");
        assertThat(cssWarnings).isEmpty();
    }

    @Test
    void anInvalidWorkspaceShowsTheErrorWithItsLocationAndThePreviousStaysOpen(@TempDir Path temp)
            throws Exception {
        Path good = TestWorkspaces.valid(temp.resolve("good"), "Good workspace");
        Path bad = TestWorkspaces.invalid(temp.resolve("bad"));
        new SettingsStore(DIRS.config()).save(Settings.DEFAULTS.withRecent(bad));
        start("--workspace=" + good);
        waitFor("the good workspace", () -> lookup("#workspace-name").tryQuery().isPresent());
        assertThat(workspaceName()).isEqualTo("Good workspace");

        javafx.scene.control.MenuItem recentBad = menuItem("File", "Open Recent", bad.toString());
        interact(recentBad::fire);
        waitFor("the error dialog", () -> errorDialog() != null);
        DialogPane dialog = errorDialog();
        assertThat(dialog.getHeaderText()).contains("Cannot open workspace");
        String shown = texts(dialog).toString();
        assertThat(shown).contains(bad.resolve("workbench.yaml") + ":8:18", "unknown phase 'p9'");
        assertThat(workspaceName()).isEqualTo("Good workspace");
        waitFor("the good workspace's phases", () -> lookup("#phase-cards").tryQuery().isPresent());
        assertThat(lookup("#phase-cards").queryAs(VBox.class).getChildren()).hasSize(2);
    }

    @Test
    void shortcutsSwitchViewsAndTheDarkThemeIsRemembered(@TempDir Path temp) throws Exception {
        Path good = TestWorkspaces.valid(temp.resolve("ws"), "Shortcuts");
        start("--workspace=" + good);
        waitFor("the workspace", () -> lookup("#phase-cards").tryQuery().isPresent());
        for (int n = 1; n <= 6; n++) {
            push(KeyCode.CONTROL, KeyCode.valueOf("DIGIT" + n));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(lookup("#signoffs").tryQuery()).isPresent();
        waitFor("the sign-off matrix", () -> texts("#signoffs").contains("p2-cutover"));
        assertThat(texts("#signoffs")).contains("Technical Lead", "Cut over", "Missing");
        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#readiness").tryQuery()).isPresent();

        var dark = (javafx.scene.control.CheckMenuItem) menuItem("View", "Dark Theme");
        interact(() -> dark.setSelected(true));
        waitFor("settings saved", () -> new SettingsStore(DIRS.config()).load().darkTheme());
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        assertThat(cssWarnings).isEmpty();
    }

    private DialogPane errorDialog() {
        return Window.getWindows().stream()
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast)
                .findFirst().orElse(null);
    }

    private List<String> texts(String query) {
        return texts(lookup(query).query());
    }

    private List<String> texts(Node root) {
        java.util.function.Predicate<Node> labeled = n -> n instanceof javafx.scene.control.Labeled;
        return from(root).lookup(labeled).queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText())
                .filter(java.util.Objects::nonNull)
                .toList();
    }
}
