package org.migrationworkbench.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migrationworkbench.core.compare.ComparedAs;
import org.migrationworkbench.core.compare.CompareResult;
import org.migrationworkbench.core.compare.FieldStats;

class SummaryTextTest {
    @Test
    void aMatchNamesTheRecordsAndWhatTheRulesHid() {
        CompareResult r = CompareFixtures.result(ComparedAs.JSON, 2_304_112, 0, 0, 0, 0, 51_148, 2_304_112,
                Map.of("$.generated_at", new FieldStats(0, 0, 2_304_112), "$.score", new FieldStats(0, 51_148, 0)),
                List.of());

        assertThat(SummaryText.of(r))
                .isEqualTo("100% match (2,304,112 records; 51,148 numbers within tolerance; 1 field ignored)");
    }

    @Test
    void aPlainTextMatchCountsLines() {
        CompareResult r = CompareFixtures.result(ComparedAs.TEXT, 1, 0, 0, 0, 0, 0, 0, Map.of(), List.of());

        assertThat(SummaryText.of(r)).isEqualTo("100% match (1 line)");
    }

    @Test
    void differencesAreCountedByKindWithToleratedIgnoredAndAccepted() {
        CompareResult r = new CompareResult(ComparedAs.CSV, 10, 10, 3, 4, 5, 9, 7, 2, 1, 0, Map.of(), List.of(),
                List.of(), List.of(), "d");

        assertThat(SummaryText.of(r))
                .isEqualTo("12 differences: 3 added, 4 removed, 5 changed (9 fields); 7 tolerated, 2 ignored, "
                        + "1 accepted");
    }

    @Test
    void oneDifferenceIsSingularAndDuplicateKeysAreNamed() {
        CompareResult r = new CompareResult(ComparedAs.CSV, 10, 10, 0, 0, 0, 0, 0, 0, 0, 1, Map.of(), List.of(),
                List.of(), List.of(), "d");

        assertThat(SummaryText.of(r)).isEqualTo("1 difference: 0 added, 0 removed, 0 changed, 1 duplicate key");
    }
}
