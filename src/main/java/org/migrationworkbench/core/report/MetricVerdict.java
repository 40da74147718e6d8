package org.migrationworkbench.core.report;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.migrationworkbench.core.model.Metric;

/** Whether a success metric's actual value meets its target. */
public enum MetricVerdict {
    MET("✓"), MISSED("✗"), PENDING("pending");

    private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9,]*(?:\\.[0-9]+)?");

    private final String mark;

    MetricVerdict(String mark) {
        this.mark = mark;
    }

    /** As the report shows it: ✓, ✗ or pending. */
    public String mark() {
        return mark;
    }

    /**
     * The verdict on {@code metric}: pending when it has no actual value or the actual holds no number; else met
     * when the first number in the actual satisfies the target's operator ({@code "6.2 s"} meets {@code <= 7 s}).
     * Units are not converted: the actual is taken to be in the target's unit.
     */
    public static MetricVerdict of(Metric metric) {
        Optional<BigDecimal> actual = metric.actual().flatMap(MetricVerdict::number);
        if (actual.isEmpty()) {
            return PENDING;
        }
        return metric.target().operator().accepts(actual.get(), metric.target().value()) ? MET : MISSED;
    }

    private static Optional<BigDecimal> number(String text) {
        Matcher m = NUMBER.matcher(text);
        return m.find() ? Optional.of(new BigDecimal(m.group().replace(",", ""))) : Optional.empty();
    }
}
