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
    private final Map<String, Tolerance> byPath = new HashMap<>();

    Tolerances(CompareOptions options) {
        this.all = options.tolerance();
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

    static boolean within(BigDecimal a, BigDecimal b, Tolerance t) {
        if (t.isExact()) {
            return false;
        }
        BigDecimal diff = a.subtract(b).abs();
        if (t.absolute() > 0 && diff.compareTo(BigDecimal.valueOf(t.absolute())) <= 0) {
            return true;
        }
        if (t.relative() > 0) {
            BigDecimal scale = a.abs().max(b.abs());
            return diff.compareTo(scale.multiply(BigDecimal.valueOf(t.relative()))) <= 0;
        }
        return false;
    }
}
