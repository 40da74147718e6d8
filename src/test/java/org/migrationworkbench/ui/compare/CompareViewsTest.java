package org.migrationworkbench.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.compare.ComparedAs;
import org.migrationworkbench.core.compare.CompareResult;
import org.migrationworkbench.core.compare.Difference;
import org.migrationworkbench.core.compare.FileComparison;
import org.migrationworkbench.core.compare.text.Edit;
import org.migrationworkbench.ui.common.Styles;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The compare views on headless Monocle, each mounted alone with fakes for the comparators. */
class CompareViewsTest extends FxRobot {
    private final CompareFixtures fixtures = new CompareFixtures();
    private TextDiffViewModel text;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @AfterEach
    void close() throws Exception {
        if (text != null) {
            interact(text::dispose);
        }
        FxToolkit.cleanupStages();
    }

    private void mount(Supplier<Node> view) throws Exception {
        FxToolkit.setupStage(stage -> {
            Scene scene = new Scene(new StackPane(view.get()), 1100, 600);
            scene.getStylesheets().addAll(Styles.stylesheets());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node textView(TextDiffer differ) throws Exception {
        text = new TextDiffViewModel(Path.of("old.log"), Path.of("new.log"), fixtures.context(differ));
        Node[] node = new Node[1];
        interact(() -> {
            node[0] = new TextDiffView(text).node();
            text.compute();
        });
        return node[0];
    }

    @Test
    void f7GoesToTheNextDifferenceAndShowsItsIntralineHighlightShiftF7GoesBack() throws Exception {
        Node view = textView(fixtures.differ());
        mount(() -> view);
        clickOn("#diff-new");

        push(KeyCode.F7);
        assertThat(label("#diff-position")).isEqualTo("Difference 1 of 3");
        Label changed = lookup("." + Styles.DIFF_INTRALINE).queryAs(Label.class);
        assertThat(lookup("." + Styles.DIFF_INTRALINE).queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactlyInAnyOrder("0", "2");
        assertThat(cellOf(changed).getStyleClass())
                .contains(Styles.DIFF_CHANGED, Styles.DIFF_CURRENT);

        push(KeyCode.F7);
        assertThat(label("#diff-position")).isEqualTo("Difference 2 of 3");
        press(KeyCode.SHIFT).push(KeyCode.F7).release(KeyCode.SHIFT);
        assertThat(label("#diff-position")).isEqualTo("Difference 1 of 3");
        assertThat(lookup("." + Styles.DIFF_GAP).queryAll()).as("a gap opposite the removed and the added line")
                .hasSize(2);
    }

    @Test
    void togglingIgnoreCaseComputesTheDiffAgain() throws Exception {
        Node view = textView(fixtures.differ());
        mount(() -> view);
        assertThat(label("#diff-position")).isEqualTo("3 differences");

        clickOn("#ignore-case");

        assertThat(label("#diff-position")).isEqualTo("2 differences");
        assertThat(fixtures.asked).extracting(o -> o.ignoreCase()).containsExactly(false, true);
        assertThat(lookup("." + Styles.DIFF_INTRALINE).tryQuery()).isEmpty();
    }

    @Test
    void aMillionLinePairOpensWithOnlyTheVisibleRowsBuilt() throws Exception {
        int n = 1_000_000;
        Node view = textView((a, b, o, p) -> new CompareFixtures.GeneratedDiff(n, n, i -> "line " + i,
                i -> i == 900_000 ? "line changed" : "line " + i, List.of(new Edit(900_000, 900_001, 900_000,
                900_001))));
        mount(() -> view);

        push(KeyCode.F7);

        ListView<?> pane = lookup("#diff-old").queryListView();
        assertThat(pane.getItems()).hasSize(n);
        assertThat(lookup("." + Styles.DIFF_LINE).queryAll()).hasSizeLessThan(200);
        assertThat(lookup("." + Styles.DIFF_INTRALINE).queryAllAs(Label.class)).extracting(Label::getText)
                .contains("changed", "900000");
    }

    @Test
    void theRecordViewFiltersByFieldAndShowsARecordsFieldsOldAndNew() throws Exception {
        RecordViewModel model = new RecordViewModel(RecordViewModelTest.RESULT);
        mount(() -> new RecordView(model).node());
        TableView<Difference> table = lookup("#record-table").queryTableView();
        assertThat(table.getItems()).hasSize(3);

        ComboBox<String> field = lookup("#record-field-filter").queryComboBox();
        interact(() -> field.setValue("$.status"));

        assertThat(table.getItems()).containsExactly(RecordViewModelTest.ORDER_18);
        clickOn("ORD-18");
        assertThat(lookup("#record-fields ." + Styles.FIELD_CHANGED).queryAllAs(Label.class))
                .extracting(Label::getText).containsExactly("\"open\"", "\"closed\"");
    }

    @Test
    void theSummaryHeaderStatesTheVerdict() throws Exception {
        ResultPane pane = new ResultPane(fixtures.context(fixtures.differ()));
        mount(pane::node);

        interact(() -> pane.show(new PairResult("Scores", java.util.Optional.empty(), java.util.Optional.empty(),
                RecordViewModelTest.RESULT)));

        assertThat(label("#compare-verdict")).isEqualTo("3 differences: 1 added, 0 removed, 2 changed (3 fields); "
                + "4 tolerated, 20 ignored");
        assertThat(lookup("#compare-summary").query().getStyleClass()).contains(Styles.COMPARE_DIFFERENT);
    }

    @Test
    void theFolderViewOpensAChangedPairSideBySideAndGoesBack(@TempDir Path temp) throws Exception {
        Path old = Files.createDirectories(temp.resolve("old"));
        Path neu = Files.createDirectories(temp.resolve("new"));
        CompareResult textResult = CompareFixtures.result(ComparedAs.TEXT, 5, 1, 1, 1, 0, 0, 0, Map.of(), List.of());
        CompareResult folder = new CompareResult(ComparedAs.FOLDER, 3, 3, 1, 0, 1, 0, 0, 0, 0, 0, Map.of(), List.of(),
                List.of(new FileComparison("logs/run.log", FileComparison.Status.CHANGED,
                                java.util.Optional.of(textResult), java.util.Optional.empty()),
                        new FileComparison("new-only.txt", FileComparison.Status.ADDED, java.util.Optional.empty(),
                                java.util.Optional.empty())), List.of(), "d");
        ResultPane pane = new ResultPane(fixtures.context(fixtures.differ()));
        mount(pane::node);
        interact(() -> pane.show(new PairResult("Nightly", java.util.Optional.of(old), java.util.Optional.of(neu),
                folder)));
        assertThat(lookup("#folder-tree").tryQuery()).isPresent();

        doubleClickOn("run.log");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#text-diff").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#diff-old-title")).isEqualTo(old.resolve("logs/run.log").toString());
        assertThat(pane.textModel()).isPresent();
        Node back = lookup("#compare-back").query();
        clickOn("#compare-back");
        assertThat(lookup("#folder-tree").tryQuery()).isPresent();
        assertThat(pane.textModel()).as("the text diff was closed").isEmpty();
    }

    private static Node cellOf(Node node) {
        Node at = node;
        while (!(at instanceof javafx.scene.control.ListCell)) {
            at = at.getParent();
        }
        return at;
    }

    private String label(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }
}
