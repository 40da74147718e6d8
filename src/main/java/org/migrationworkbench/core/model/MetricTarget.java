package org.migrationworkbench.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A success-metric target such as {@code <= 7.0 s}, {@code >= 500/h}, {@code > 90%} or
 * {@code ≤ $3,528/year}: a comparison operator, a number and what is left as the unit.
 */
public record MetricTarget(Operator operator, BigDecimal value, String unit, String text) {
    private static final Pattern FORM = Pattern.compile(
            "^\\s*(<=|>=|≤|≥|<|>|=)\\s*(\\$?)\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(.*?)\\s*$");

    /** The comparison a measured value must satisfy. */
    public enum Operator {
        LT("<"), LE("<="), GT(">"), GE(">="), EQ("=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        static Operator of(String text) {
            return switch (text) {
                case "<" -> LT;
                case "<=", "≤" -> LE;
                case ">" -> GT;
                case ">=", "≥" -> GE;
                default -> EQ;
            };
        }

        /** True when {@code actual} satisfies this operator against {@code target}. */
        public boolean accepts(BigDecimal actual, BigDecimal target) {
            int c = actual.compareTo(target);
            return switch (this) {
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                case GE -> c >= 0;
                case EQ -> c == 0;
            };
        }
    }

    public MetricTarget {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(text, "text");
    }

    /** Parses a target; empty when the text does not have the form {@code OP NUMBER [UNIT]}. */
    public static Optional<MetricTarget> parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String currency = m.group(2);
        String rest = m.group(4);
        // "$3,528/year" leaves "$/year"; a space only where words would otherwise run together ("$ per year")
        String unit = currency.isEmpty() || rest.isEmpty() || !Character.isLetterOrDigit(rest.codePointAt(0))
                ? currency + rest : currency + " " + rest;
        BigDecimal value = new BigDecimal(m.group(3).replace(",", ""));
        return Optional.of(new MetricTarget(Operator.of(m.group(1)), value, unit, text.trim()));
    }
}
