package org.migrationworkbench.core.guide;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migrationworkbench.core.model.MetricTarget;

/** Reads the target and actual cells of a metrics table. */
final class MetricCells {
    private static final Pattern COMPACT = Pattern.compile(
            "^(<=|>=|=<|=>|≤|≥|<|>|=)\\s*(\\$?)\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(.*?)$");
    private static final Set<String> NO_VALUE = Set.of("", "-", "–", "—", "tbd", "tbc", "[fill]", "fill", "n/a", "?");

    private MetricCells() {
    }

    /**
     * A target with an operator, written compactly or not ({@code ≤7.0s}, {@code >90%}, {@code ≥500/hr}),
     * normalised to {@code ≤ 7.0 s} and parsed; empty for a bare quantity such as {@code 3,574 lines}.
     */
    static Optional<MetricTarget> target(String text) {
        Matcher m = COMPACT.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        String operator = switch (m.group(1)) {
            case "=<" -> "<=";
            case "=>" -> ">=";
            default -> m.group(1);
        };
        String unit = m.group(4);
        String space = !unit.isEmpty() && Character.isLetter(unit.codePointAt(0)) ? " " : "";
        return MetricTarget.parse(operator + " " + m.group(2) + m.group(3) + space + unit);
    }

    /** The measured value, or empty when the cell is a placeholder ({@code [FILL]}, {@code TBD}, a dash, blank). */
    static Optional<String> actual(String text) {
        String trimmed = text.trim();
        return NO_VALUE.contains(trimmed.toLowerCase(Locale.ROOT)) || trimmed.matches("_+")
                ? Optional.empty() : Optional.of(trimmed);
    }
}
