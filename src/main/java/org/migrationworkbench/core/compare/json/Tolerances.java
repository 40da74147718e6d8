package org.migrationworkbench.core.compare.json;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.migrationworkbench.core.compare.CompareOptions;
import org.migrationworkbench.core.model.Tolerance;

/**
 * Numeric tolerance by field. A field's own tolerance is found by its exact path ({@code $.items[2].qty}) or its
 * path with indexes as {@code [*]} ({@code $.items[*].qty}); a path written without {@code $.} also counts.
 * Otherwise the default applies. Two numbers are tolerated when |a − b| ≤ absolute or |a − b| ≤ relative ×
 * max(|a|, |b|), computed exactly in decimal (so a difference exactly at the tolerance is tolerated).
 */
final class Tolerances {
    private final Tolerance all;
    private final Limits allLimits;
    private final Map<String, Tolerance> byPath = new HashMap<>();

    Tolerances(CompareOptions options) {
        this.all = options.tolerance();
        this.allLimits = Limits.of(all);
        options.fieldTolerances().forEach((path, t) -> byPath.put(normal(path), t));
    }

    private static String normal(String path) {
        String p = path.strip();
        if (p.startsWith("$[*]")) {
            p = "$" + p.substring(4);
        }
        return p.startsWith("$") ? p : "$." + p;
    }

    Tolerance forPath(FieldPath path) {
        if (byPath.isEmpty()) {
            return all;
        }
        Tolerance t = byPath.get(path.text());
        if (t == null) {
            t = byPath.get(path.folded());
        }
        return t == null ? all : t;
    }

    /** Whether {@code a} and {@code b} are within the tolerance of the field at {@code path}. */
    boolean within(BigDecimal a, BigDecimal b, FieldPath path) {
        Tolerance t = forPath(path);
        return (t == all ? allLimits : Limits.of(t)).within(a, b);
    }

    /** A tolerance as decimals, made once instead of for every pair of numbers. */
    private record Limits(BigDecimal absolute, BigDecimal relative, boolean exact) {
        static Limits of(Tolerance t) {
            return new Limits(BigDecimal.valueOf(t.absolute()), BigDecimal.valueOf(t.relative()), t.isExact());
        }

        boolean within(BigDecimal a, BigDecimal b) {
            if (exact) {
                return false;
            }
            BigDecimal diff = a.subtract(b).abs();
            if (absolute.signum() > 0 && diff.compareTo(absolute) <= 0) {
                return true;
            }
            if (relative.signum() > 0) {
                BigDecimal scale = a.abs().max(b.abs());
                return diff.compareTo(scale.multiply(relative)) <= 0;
            }
            return false;
        }
    }
}
