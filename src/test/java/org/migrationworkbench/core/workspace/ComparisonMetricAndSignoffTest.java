package org.migrationworkbench.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationworkbench.core.workspace.Fixtures.assertOneAt;
import static org.migrationworkbench.core.workspace.Fixtures.errorsOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Comparisons (format, tolerance, sides), success metrics and sign-off roles. */
class ComparisonMetricAndSignoffTest {
    private final List<Problem> comparisons = errorsOf("comparison-errors");
    private final List<Problem> metricsAndRoles = errorsOf("metric-and-role-errors");

    @Test
    void rejectsUnknownComparisonFormatListingTheKnownOnes() {
        assertOneAt(comparisons, 10, 13, "comparisons[0].format",
                "unknown format 'xml' (expected auto, text, json, jsonl, csv, tsv)");
    }

    @Test
    void rejectsNegativeTolerance() {
        assertOneAt(comparisons, 14, 16, "comparisons[1].tolerance", "tolerances must be non-negative numbers");
    }

    @Test
    void rejectsGitSideWithoutPath() {
        assertOneAt(comparisons, 16, 10, "comparisons[2].old", "'git:v1.0' is not of the form git:<ref>:<path>");
    }

    @Test
    void requiresBothSidesOfAComparison() {
        assertOneAt(comparisons, 18, 5, "comparisons[3]", "missing required field 'new'");
        assertThat(comparisons).hasSize(6);
    }

    @Test
    void rejectsNormalizerThatIsNotARegularExpression() {
        assertOneAt(comparisons, 25, 38, "comparisons[4].text.normalize[0].pattern",
                "not a valid regular expression: Unclosed character class near index 3");
    }

    @Test
    void rejectsNegativeToleranceOfOneField() {
        assertOneAt(comparisons, 32, 23, "comparisons[5].tolerance.fields.$.totals.tax",
                "tolerances must be non-negative numbers");
    }

    @Test
    void rejectsMetricTargetWithoutOperator() {
        assertOneAt(metricsAndRoles, 8, 13, "metrics[0].target",
                "target '3,574 lines' is not of the form OP NUMBER [UNIT]");
    }

    @Test
    void rejectsDuplicateMetricName() {
        assertOneAt(metricsAndRoles, 11, 11, "metrics[2].name", "duplicate metric 'Duration'");
    }

    @Test
    void requiresMetricTarget() {
        assertOneAt(metricsAndRoles, 13, 5, "metrics[3]", "missing required field 'target'");
    }

    @Test
    void rejectsDuplicateRole() {
        assertOneAt(metricsAndRoles, 15, 20, "signoff.roles[2]", "duplicate role 'ops'");
        assertThat(metricsAndRoles).hasSize(4);
    }
}
