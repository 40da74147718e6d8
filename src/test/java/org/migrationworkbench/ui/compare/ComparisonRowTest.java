package org.migrationworkbench.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.migrationworkbench.core.model.Comparison;
import org.migrationworkbench.core.model.OutputFormat;
import org.migrationworkbench.core.model.OutputRef;
import org.migrationworkbench.core.model.TextRules;
import org.migrationworkbench.core.model.Tolerance;

class ComparisonRowTest {
    private static Comparison comparison(Map<String, String> arrays, Map<String, Tolerance> fields, TextRules text,
                                         Optional<OutputRef> rerun) {
        OutputRef side = new OutputRef.WorkspacePath("a", Path.of("a"));
        return new Comparison("c", Optional.empty(), side, side, OutputFormat.AUTO, List.of(), List.of(),
                Tolerance.EXACT, fields, arrays, text, rerun, Optional.empty());
    }

    @Test
    void optionsNameTextRulesArraySetsFieldTolerancesAndTheNoiseCheck() {
        TextRules text = new TextRules(true, false, true, List.of(
                new TextRules.NormalizeRule("timestamp", "\\d+", "<ts>"),
                new TextRules.NormalizeRule("run id", "id=\\w+", "id=<id>")));
        ComparisonRow row = ComparisonRow.notRun(comparison(Map.of("$.records", "id"),
                Map.of("$.score", new Tolerance(0.01, 0)), text, Optional.of(new OutputRef.WorkspacePath("b", Path.of("b")))));
        assertThat(row.options()).isEqualTo("$.records by id · 1 field tolerance · ignore whitespace · "
                + "ignore blank lines · normalize timestamp, run id · noise check");
        assertThat(ComparisonRow.notRun(comparison(Map.of("$.tags", ""), Map.of(), TextRules.EXACT, Optional.empty()))
                .options()).isEqualTo("$.tags as a set");
    }
}
