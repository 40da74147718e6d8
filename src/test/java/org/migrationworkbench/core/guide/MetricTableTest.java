package org.migrationworkbench.core.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.migrationworkbench.core.model.MetricTarget;
import org.migrationworkbench.core.model.MetricTarget.Operator;

/** Metrics tables give one row per metric, with compact targets normalised and placeholders read as no value. */
class MetricTableTest {

    @Test
    void everyTargetFormIsReadAsWritten() {
        Guide guide = Guides.read("metrics.md");

        assertThat(guide.metrics()).extracting(MetricRow::name, MetricRow::targetText, MetricRow::actual,
                MetricRow::status, MetricRow::line).containsExactly(
                tuple("Page load", "≤7.0s", Optional.of("6.4s"), "Met", 5),
                tuple("Test coverage", ">90%", Optional.empty(), "", 6),
                tuple("Throughput", "≥500/hr", Optional.empty(), "Pending", 7),
                tuple("Error rate", "< 0.5 %", Optional.empty(), "", 8),
                tuple("Response time", "<= 200 ms", Optional.empty(), "", 9),
                tuple("Legacy code removed", "3,574 lines", Optional.empty(), "", 10),
                tuple("Hosting cost", "$3,528/year", Optional.of("$3,100/year"), "Met", 11),
                tuple("Yearly budget", "≤ $3,528/year", Optional.empty(), "", 12));
    }

    @Test
    void targetsWithAnOperatorAreParsedAfterNormalising() {
        Guide guide = Guides.read("metrics.md");

        assertThat(guide.metrics()).extracting(MetricRow::target).containsExactly(
                target(Operator.LE, "7.0", "s", "≤ 7.0 s"),
                target(Operator.GT, "90", "%", "> 90%"),
                target(Operator.GE, "500", "/hr", "≥ 500/hr"),
                target(Operator.LT, "0.5", "%", "< 0.5%"),
                target(Operator.LE, "200", "ms", "<= 200 ms"),
                Optional.empty(),
                Optional.empty(),
                target(Operator.LE, "3528", "$/year", "≤ $3,528/year"));
    }

    @Test
    void tablesWithoutMetricAndTargetColumnsAreNotMetrics() {
        Guide guide = new GuideImporter().read("| Metric | Owner |\n|---|---|\n| Speed | Ops |\n", ItemMode.AUTO);

        assertThat(guide.metrics()).isEmpty();
    }

    private static Optional<MetricTarget> target(Operator operator, String value, String unit, String text) {
        return Optional.of(new MetricTarget(operator, new BigDecimal(value), unit, text));
    }
}
