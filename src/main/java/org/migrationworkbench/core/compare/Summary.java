package org.migrationworkbench.core.compare;

import java.util.ArrayList;
import java.util.List;

/** One-line summaries of a result, the same in the CLI, the view and reports. */
public final class Summary {
    private Summary() {
    }

    /**
     * "100% match (2,304,112 records; 51,148 numbers within tolerance; 1 field ignored)" or the difference counts,
     * e.g. "3 lines added, 2 removed (1 changed)" or "5 records changed (7 fields), 1 added, 1 removed".
     */
    public static String of(CompareResult r) {
        if (r.identical()) {
            List<String> parts = new ArrayList<>();
            parts.add(String.format("%,d %s", r.newCount(), unit(r, r.newCount())));
            if (r.tolerated() > 0) {
                parts.add(String.format("%,d %s within tolerance", r.tolerated(), r.tolerated() == 1 ? "number" : "numbers"));
            }
            if (r.ignored() > 0) {
                parts.add(String.format("%,d %s ignored", r.ignored(), r.ignored() == 1 ? "value" : "values"));
            }
            if (r.accepted() > 0) {
                parts.add(String.format("%,d accepted", r.accepted()));
            }
            return "100% match (" + String.join("; ", parts) + ")";
        }
        return counts(r);
    }

    /** The difference counts alone. */
    public static String counts(CompareResult r) {
        List<String> parts = new ArrayList<>();
        if (r.comparedAs() == ComparedAs.TEXT) {
            parts.add(String.format("%,d %s added, %,d removed (%,d changed)", r.added(), unit(r, r.added()),
                    r.removed(), r.changed()));
        } else {
            parts.add(String.format("%,d %s changed", r.changed(), unit(r, r.changed()))
                    + (r.changedFields() > 0 ? String.format(" (%,d fields)", r.changedFields()) : ""));
            parts.add(String.format("%,d added", r.added()));
            parts.add(String.format("%,d removed", r.removed()));
        }
        if (r.duplicates() > 0) {
            parts.add(String.format("%,d duplicate keys", r.duplicates()));
        }
        String hidden = hidden(r);
        return String.join(", ", parts) + (hidden.isEmpty() ? "" : "; " + hidden);
    }

    private static String hidden(CompareResult r) {
        List<String> parts = new ArrayList<>();
        if (r.tolerated() > 0) {
            parts.add(String.format("%,d tolerated", r.tolerated()));
        }
        if (r.ignored() > 0) {
            parts.add(String.format("%,d ignored", r.ignored()));
        }
        if (r.accepted() > 0) {
            parts.add(String.format("%,d accepted", r.accepted()));
        }
        return String.join(", ", parts);
    }

    private static String unit(CompareResult r, long n) {
        String u = switch (r.comparedAs()) {
            case TEXT -> "line";
            case FOLDER -> "file";
            case BINARY -> "file";
            default -> "record";
        };
        return n == 1 ? u : u + "s";
    }
}
