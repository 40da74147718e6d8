package org.migrationworkbench.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.compare.CompareOptions;
import org.migrationworkbench.core.model.Tolerance;

/** Reads {@code --tolerance} values: {@code 1e-9} absolute, {@code 0.5%} relative, {@code FIELD=X} for one field. */
final class ToleranceOption {
    private ToleranceOption() {
    }

    static CompareOptions apply(CompareOptions options, List<String> values) {
        Tolerance all = options.tolerance();
        Map<String, Tolerance> fields = new HashMap<>(options.fieldTolerances());
        for (String v : values) {
            int eq = v.lastIndexOf('=');
            if (eq > 0) {
                String field = v.substring(0, eq).trim();
                fields.put(field, parse(v.substring(eq + 1), v));
            } else {
                all = parse(v, v);
            }
        }
        return options.withTolerance(all).withFieldTolerances(fields);
    }

    static Tolerance parse(String text, String whole) {
        String t = text.trim();
        try {
            if (t.endsWith("%")) {
                return new Tolerance(0, Double.parseDouble(t.substring(0, t.length() - 1)) / 100);
            }
            return new Tolerance(Double.parseDouble(t), 0);
        } catch (IllegalArgumentException e) {
            throw new WorkbenchException("--tolerance '" + whole
                    + "' is not a non-negative number (1e-9), a percentage (0.5%) or FIELD=X.");
        }
    }
}
