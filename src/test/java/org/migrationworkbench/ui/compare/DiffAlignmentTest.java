package org.migrationworkbench.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationworkbench.core.compare.text.Edit;

class DiffAlignmentTest {
    @Test
    void rowsPairCommonLinesAndLeaveGapsOppositeAddedAndRemovedLines() {
        DiffAlignment a = new DiffAlignment(CompareFixtures.EDITS, 5, 5);

        assertThat(a.rowCount()).isEqualTo(6);
        assertThat(a.row(0)).isEqualTo(new DiffRow(DiffRow.Kind.SAME, 0, 0, -1));
        assertThat(a.row(1)).isEqualTo(new DiffRow(DiffRow.Kind.CHANGED, 1, 1, 0));
        assertThat(a.row(2)).isEqualTo(new DiffRow(DiffRow.Kind.SAME, 2, 2, -1));
        assertThat(a.row(3)).isEqualTo(new DiffRow(DiffRow.Kind.REMOVED, 3, -1, 1));
        assertThat(a.row(4)).isEqualTo(new DiffRow(DiffRow.Kind.SAME, 4, 3, -1));
        assertThat(a.row(5)).isEqualTo(new DiffRow(DiffRow.Kind.ADDED, -1, 4, 2));
        assertThat(List.of(a.hunkRow(0), a.hunkRow(1), a.hunkRow(2))).containsExactly(1, 3, 5);
        assertThat(List.of(a.hunkKind(0), a.hunkKind(1), a.hunkKind(2)))
                .containsExactly(DiffRow.Kind.CHANGED, DiffRow.Kind.REMOVED, DiffRow.Kind.ADDED);
    }

    @Test
    void aHunkReplacingTwoLinesByThreePairsTwoAndAddsOne() {
        DiffAlignment a = new DiffAlignment(List.of(new Edit(0, 2, 0, 3)), 2, 3);

        assertThat(a.rowCount()).isEqualTo(3);
        assertThat(a.row(1).kind()).isEqualTo(DiffRow.Kind.CHANGED);
        assertThat(a.row(2)).isEqualTo(new DiffRow(DiffRow.Kind.ADDED, -1, 2, 0));
        assertThat(a.hunkRows(0)).isEqualTo(3);
    }

    @Test
    void commonRunsOfDifferentLengthsWhereBlankLinesWereIgnoredKeepEveryLine() {
        DiffAlignment a = new DiffAlignment(List.of(), 3, 2);

        assertThat(a.rowCount()).isEqualTo(3);
        assertThat(a.row(2)).isEqualTo(new DiffRow(DiffRow.Kind.SAME, 2, -1, -1));
    }

    @Test
    void aMillionLinePairMapsItsLastRowsWithoutListingRows() {
        DiffAlignment a = new DiffAlignment(List.of(new Edit(500_000, 500_001, 500_000, 500_000)), 1_000_000,
                999_999);

        assertThat(a.rowCount()).isEqualTo(1_000_000);
        assertThat(a.row(999_999)).isEqualTo(new DiffRow(DiffRow.Kind.SAME, 999_999, 999_998, -1));
        assertThat(a.row(500_000)).isEqualTo(new DiffRow(DiffRow.Kind.REMOVED, 500_000, -1, 0));
    }
}
