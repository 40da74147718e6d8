package org.migrationworkbench.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.migrationworkbench.core.model.Metric;
import org.migrationworkbench.core.model.MetricTarget;

class MetricVerdictTest {
    private static Metric metric(String target, String actual) {
        return new Metric("m", MetricTarget.parse(target).orElseThrow(), Optional.ofNullable(actual), Optional.empty());
    }

    @Test
    void anActualThatSatisfiesTheTargetIsMet() {
        assertThat(MetricVerdict.of(metric("<= 7.0 s", "6.2 s"))).isEqualTo(MetricVerdict.MET);
        assertThat(MetricVerdict.of(metric(">= 500/h", "1,200/h"))).isEqualTo(MetricVerdict.MET);
    }

    @Test
    void anActualThatFailsTheTargetIsMissed() {
        assertThat(MetricVerdict.of(metric("> 90%", "90%"))).isEqualTo(MetricVerdict.MISSED);
        assertThat(MetricVerdict.of(metric("<= 7.0 s", "7.5 s")).mark()).isEqualTo("✗");
    }

    @Test
    void noActualOrNoNumberIsPending() {
        assertThat(MetricVerdict.of(metric("<= 7.0 s", null))).isEqualTo(MetricVerdict.PENDING);
        assertThat(MetricVerdict.of(metric("<= 7.0 s", "not measured"))).isEqualTo(MetricVerdict.PENDING);
    }
}
