package org.migrationworkbench.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryTest {
    private static CompareResult result(ComparedAs as, long count, long added, long removed, long changed,
                                        long fields, long tolerated, long ignored, long accepted, long dup,
                                        Map<String, FieldStats> stats) {
        return new CompareResult(as, count, count, added, removed, changed, fields, tolerated, ignored, accepted,
                dup, stats, List.of(), List.of(), List.of(), "d");
    }

    @Test
    void aMatchNamesTheRecordsAndWhatTheRulesHid() {
        CompareResult r = result(ComparedAs.JSON, 2_304_112, 0, 0, 0, 0, 51_148, 2_304_112, 0, 0,
                Map.of("$.generated_at", new FieldStats(0, 0, 2_304_112), "$.score", new FieldStats(0, 51_148, 0)));
        assertThat(Summary.of(r))
                .isEqualTo("100% match (2,304,112 records; 51,148 numbers within tolerance; 1 field ignored)");
    }

    @Test
    void aTextMatchCountsLinesAndAcceptedDifferences() {
        assertThat(Summary.of(result(ComparedAs.TEXT, 1, 0, 0, 0, 0, 0, 0, 2, 0, Map.of())))
                .isEqualTo("100% match (1 line; 2 accepted differences)");
    }

    @Test
    void textDifferencesAreCountedInLines() {
        assertThat(Summary.of(result(ComparedAs.TEXT, 9, 3, 2, 1, 0, 0, 0, 0, 0, Map.of())))
                .isEqualTo("5 lines differ: 3 added, 2 removed (1 changed)");
        assertThat(Summary.brief(result(ComparedAs.TEXT, 9, 3, 2, 1, 0, 0, 0, 0, 0, Map.of())))
                .isEqualTo("5 lines differ");
        assertThat(Summary.brief(result(ComparedAs.JSON, 9, 3, 2, 1, 4, 0, 0, 0, 0, Map.of())))
                .isEqualTo("6 differences");
    }

    @Test
    void recordDifferencesAreCountedByKindWithToleratedIgnoredAndAccepted() {
        assertThat(Summary.of(result(ComparedAs.CSV, 10, 3, 4, 5, 9, 7, 2, 1, 0, Map.of())))
                .isEqualTo("12 differences: 3 added, 4 removed, 5 changed (9 fields); 7 tolerated, 2 ignored, "
                        + "1 accepted");
    }

    @Test
    void oneDifferenceIsSingularAndDuplicateKeysAreNamed() {
        assertThat(Summary.of(result(ComparedAs.CSV, 10, 0, 0, 0, 0, 0, 0, 0, 1, Map.of())))
                .isEqualTo("1 difference: 0 added, 0 removed, 0 changed, 1 duplicate key");
    }
}
