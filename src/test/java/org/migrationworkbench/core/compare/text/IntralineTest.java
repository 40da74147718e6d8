package org.migrationworkbench.core.compare.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntralineTest {
    @Test
    void changedWordIsTheOnlySpanOnEachSide() {
        LineChange c = Intraline.of("took 577ms rows=10", "took 863ms rows=10");

        assertThat(c.oldSpans()).containsExactly(new Span(5, 10));
        assertThat(c.newSpans()).containsExactly(new Span(5, 10));
    }

    @Test
    void appendedWordsAreOneSpanOnTheNewSideOnly() {
        LineChange c = Intraline.of("in 577ms", "in 577ms (new-system)");

        assertThat(c.oldSpans()).isEmpty();
        assertThat(c.newSpans()).containsExactly(new Span(8, 21));
    }

    @Test
    void adjacentChangedTokensMergeIntoOneSpan() {
        LineChange c = Intraline.of("level=INFO x", "level=WARN! x");

        assertThat(c.oldSpans()).containsExactly(new Span(6, 10));
        assertThat(c.newSpans()).containsExactly(new Span(6, 11));
    }

    @Test
    void separateChangesStaySeparateSpans() {
        LineChange c = Intraline.of("a b c d", "A b c D");

        assertThat(c.oldSpans()).containsExactly(new Span(0, 1), new Span(6, 7));
        assertThat(c.newSpans()).containsExactly(new Span(0, 1), new Span(6, 7));
    }

    @Test
    void equalLinesHaveNoSpans() {
        LineChange c = Intraline.of("same", "same");

        assertThat(c.oldSpans()).isEmpty();
        assertThat(c.newSpans()).isEmpty();
    }
}
