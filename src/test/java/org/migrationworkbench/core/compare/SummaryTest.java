package org.migrationworkbench.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryTest {
    private static CompareResult result(ComparedAs as, long newCount, long added, long removed, long changed,
                                        long fields, long tolerated, long ignored, long accepted, long dup) {
        return new CompareResult(as, newCount, newCount, added, removed, changed, fields, tolerated, ignored,
                accepted, dup, Map.of(), List.of(), List.of(), List.of(), "d");
    }

    @Test
    void matchSaysWhatTheRulesHid() {
        assertThat(Summary.of(result(ComparedAs.JSON, 2_304_112, 0, 0, 0, 0, 51_148, 1, 0, 0)))
                .isEqualTo("100% match (2,304,112 records; 51,148 numbers within tolerance; 1 value ignored)");
        assertThat(Summary.of(result(ComparedAs.TEXT, 1, 0, 0, 0, 0, 0, 0, 2, 0)))
                .isEqualTo("100% match (1 line; 2 accepted)");
    }

    @Test
    void differencesCountLinesForTextAndRecordsOtherwise() {
        assertThat(Summary.of(result(ComparedAs.TEXT, 9, 3, 2, 1, 0, 0, 0, 0, 0)))
                .isEqualTo("3 lines added, 2 removed (1 changed)");
        assertThat(Summary.of(result(ComparedAs.CSV, 9, 1, 1, 5, 7, 4, 0, 1, 2)))
                .isEqualTo("5 records changed (7 fields), 1 added, 1 removed, 2 duplicate keys; 4 tolerated, 1 accepted");
    }
}
