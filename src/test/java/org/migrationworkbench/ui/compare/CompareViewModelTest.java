package org.migrationworkbench.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.compare.ComparedAs;
import org.migrationworkbench.core.compare.Comparisons;
import org.migrationworkbench.core.compare.Difference;
import org.migrationworkbench.core.compare.FieldChange;
import org.migrationworkbench.core.compare.PairComparator;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.ui.task.SameThreadTaskRunner;

class CompareViewModelTest {
    @TempDir
    Path temp;
    private final CompareFixtures fixtures = new CompareFixtures();
    private OpenedWorkspace opened;

    /** JSON: one changed field; CSV: identical; text is not registered, so comparing text fails. */
    private final PairComparator json = (o, n, options, tally, progress) -> {
        tally.counts(1, 1);
        tally.difference(Difference.record(Difference.Kind.CHANGED, "1", 1, 1,
                List.of(new FieldChange("$.score", "0.5", "0.75"))));
    };
    private final PairComparator csv = (o, n, options, tally, progress) -> tally.counts(1, 1);

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    private CompareViewModel model() throws Exception {
        opened = CompareWorkspaces.open(CompareWorkspaces.write(temp.resolve("ws")));
        Map<ComparedAs, PairComparator> byFormat = new EnumMap<>(ComparedAs.class);
        byFormat.put(ComparedAs.JSON, json);
        byFormat.put(ComparedAs.CSV, csv);
        Comparisons comparisons = new Comparisons(byFormat, Clock.systemUTC());
        return new CompareViewModel(opened, fixtures.context(fixtures.differ(), new SameThreadTaskRunner(),
                comparisons));
    }

    @Test
    void theDeclaredComparisonsAreListedNotRunYet() throws Exception {
        CompareViewModel model = model();

        assertThat(model.rows()).extracting(ComparisonRow::id).containsExactly("scores", "summary", "report");
        assertThat(model.rows()).extracting(ComparisonRow::verdict).containsOnly("not run");
        assertThat(model.rows().get(0).options()).isEqualTo("key id · ignore $.generated_at · tolerance ±1e-9");
        assertThat(model.rows().get(1).options()).isEqualTo("key territory");
    }

    @Test
    void runAllGivesEachItsVerdictShowsTheFirstThatDiffersAndReportsTheFailure() throws Exception {
        CompareViewModel model = model();

        model.runAll();

        assertThat(model.rows()).extracting(ComparisonRow::verdict).containsExactly("1 difference", "match", "error");
        assertThat(model.rows().get(2).error().orElseThrow()).contains("text");
        assertThat(model.shownProperty().get().title()).isEqualTo("Scores of the nightly run");
        assertThat(model.shownProperty().get().oldPath()).contains(opened.workspace().root()
                .resolve("outputs/old/scores.json"));
        assertThat(fixtures.errors).hasSize(1);
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void runSelectedRunsOnlyThatOneAndShowsIt() throws Exception {
        CompareViewModel model = model();
        model.selectedProperty().set(model.rows().get(1));

        model.runSelected();

        assertThat(model.rows()).extracting(ComparisonRow::verdict).containsExactly("not run", "match", "not run");
        assertThat(model.shownProperty().get().result().identical()).isTrue();
    }

    @Test
    void twoChosenFilesAreComparedWithTheirFormatDetected() throws Exception {
        CompareViewModel model = model();
        Path a = Files.writeString(temp.resolve("a.json"), "{\"x\": 1}");
        Path b = Files.writeString(temp.resolve("b.json"), "{\"x\": 2}");

        model.compareFiles(a, b);

        PairResult shown = model.shownProperty().get();
        assertThat(shown.title()).isEqualTo("a.json ↔ b.json");
        assertThat(shown.result().comparedAs()).isEqualTo(ComparedAs.JSON);
        assertThat(shown.onDisk()).isTrue();
    }

    @Test
    void loadShowsTheNewestStoredVerdictOfComparisonsNotRunYet() throws Exception {
        model();
        var stored = CompareFixtures.result(ComparedAs.CSV, 2, 0, 0, 0, 0, 0, 0, Map.of(), List.of());
        ComparisonRunner runner = new ComparisonRunner() {
            @Override
            public org.migrationworkbench.core.compare.CompareResult run(
                    org.migrationworkbench.core.model.Comparison c, org.migrationworkbench.core.compare.DifferenceSink s,
                    org.migrationworkbench.core.Progress p) {
                throw new AssertionError("not run");
            }

            @Override
            public java.util.Optional<Path> location(org.migrationworkbench.core.model.OutputRef side) {
                return java.util.Optional.empty();
            }

            @Override
            public Map<String, org.migrationworkbench.core.compare.CompareResult> latest() {
                return Map.of("summary", stored);
            }
        };
        CompareContext base = fixtures.context(fixtures.differ());
        CompareViewModel model = new CompareViewModel(opened, new CompareContext(base.comparisons(), ws -> runner,
                base.texts(), base.intraline(), base.runner(), base.errors()));

        model.load();

        assertThat(model.rows()).extracting(ComparisonRow::verdict).containsExactly("not run", "match", "not run");
    }

    @Test
    void aReloadKeepsTheVerdictsOfComparisonsStillDeclared() throws Exception {
        CompareViewModel model = model();
        model.runAll();

        model.reloaded(opened);

        assertThat(model.rows()).extracting(ComparisonRow::verdict).containsExactly("1 difference", "match", "error");
    }
}
