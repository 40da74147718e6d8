package org.migrationworkbench.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationworkbench.core.compare.text.Span;

class TextDiffViewModelTest {
    private final CompareFixtures fixtures = new CompareFixtures();
    private final TextDiffViewModel model = new TextDiffViewModel(CompareFixtures.p("old.log"),
            CompareFixtures.p("new.log"), fixtures.context(fixtures.differ()));

    @Test
    void nextGoesThroughEveryDifferenceAndStopsAtTheLast() {
        model.compute();

        assertThat(model.positionText()).isEqualTo("3 differences");
        assertThat(model.next()).isTrue();
        assertThat(model.positionText()).isEqualTo("Difference 1 of 3");
        assertThat(model.next()).isTrue();
        assertThat(model.next()).isTrue();
        assertThat(model.next()).isFalse();
        assertThat(model.currentHunkProperty().get()).isEqualTo(2);
    }

    @Test
    void previousGoesBackAndStopsAtTheFirst() {
        model.compute();
        model.next();
        model.next();

        assertThat(model.previous()).isTrue();
        assertThat(model.currentHunkProperty().get()).isZero();
        assertThat(model.previous()).isFalse();
    }

    @Test
    void aChangedRowHasItsChangedCharactersAndOtherRowsNone() {
        model.compute();
        DiffAlignment rows = model.alignmentProperty().get();

        assertThat(model.lineChange(rows.row(1)).orElseThrow().oldSpans()).containsExactly(new Span(8, 9));
        assertThat(model.lineChange(rows.row(1)).orElseThrow().newSpans()).containsExactly(new Span(8, 9));
        assertThat(model.lineChange(rows.row(3))).isEmpty();
        assertThat(model.lineChange(rows.row(0))).isEmpty();
    }

    @Test
    void changingAnIgnoreOptionComputesTheDiffAgainWithIt() {
        model.compute();
        model.next();

        model.ignoreCaseProperty().set(true);

        assertThat(fixtures.asked).hasSize(2);
        assertThat(fixtures.asked.get(1).ignoreCase()).isTrue();
        assertThat(fixtures.asked.get(1).ignoreWhitespace()).isFalse();
        assertThat(model.alignmentProperty().get().hunkCount()).isEqualTo(2);
        assertThat(model.currentHunkProperty().get()).as("a new diff starts before its first difference")
                .isEqualTo(-1);
    }

    @Test
    void aClickOnTheChangeMapPicksTheDifferenceAtOrAfterThatRow() {
        model.compute();

        model.goToRow(2);
        assertThat(model.currentHunkProperty().get()).isEqualTo(1);
        model.goToRow(5);
        assertThat(model.currentHunkProperty().get()).isEqualTo(2);
    }

    @Test
    void aComparisonsOwnTextOptionsAreTheStartAndTheirNormalizersStayWhenATogglesChanges() {
        var mask = org.migrationworkbench.core.compare.Normalizer.of("time", "\\d\\d:\\d\\d", "<t>");
        TextDiffViewModel declared = new TextDiffViewModel(CompareFixtures.p("a"), CompareFixtures.p("b"),
                fixtures.context(fixtures.differ()), new org.migrationworkbench.core.compare.TextOptions(true, false,
                        false, List.of(mask)));

        declared.compute();
        declared.ignoreCaseProperty().set(true);

        assertThat(declared.ignoreWhitespaceProperty().get()).isTrue();
        assertThat(fixtures.asked).extracting(o -> o.normalizers()).containsOnly(List.of(mask));
        assertThat(fixtures.asked.get(1).ignoreWhitespace()).isTrue();
        assertThat(fixtures.asked.get(1).ignoreCase()).isTrue();
    }

    @Test
    void aFailedDiffIsReported() {
        TextDiffViewModel failing = new TextDiffViewModel(CompareFixtures.p("a"), CompareFixtures.p("b"),
                fixtures.context((a, b, o, p) -> {
                    throw new org.migrationworkbench.core.WorkbenchException("a: cannot be read");
                }));

        failing.compute();

        assertThat(fixtures.errors).extracting(Throwable::getMessage).containsExactly("a: cannot be read");
        assertThat(failing.busyProperty().get()).isFalse();
        assertThat(model.linesText()).isEmpty();
        assertThat(List.of(failing.positionText())).containsExactly("Comparing…");
    }
}
