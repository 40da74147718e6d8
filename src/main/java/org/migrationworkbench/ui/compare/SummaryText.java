package org.migrationworkbench.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.migrationworkbench.core.compare.ComparedAs;
import org.migrationworkbench.core.compare.CompareResult;
import org.migrationworkbench.core.compare.FieldStats;

/**
 * The one-line verdict of a comparison: "100% match (2,304,112 records; 51,148 numbers within tolerance;
 * 1 field ignored)" or "12 differences: 3 added, 4 removed, 5 changed (9 fields); 7 tolerated, 2 ignored".
 * Counts the rules hid are always named, so a reviewer sees what a match rests on.
 */
public final class SummaryText {
    private SummaryText() {
    }

    public static String of(CompareResult r) {
        return r.identical() ? match(r) : differences(r);
    }

    private static String match(CompareResult r) {
        List<String> parts = new ArrayList<>();
        parts.add(count(Math.max(r.oldCount(), r.newCount()), unit(r.comparedAs())));
        if (r.tolerated() > 0) {
            parts.add(count(r.tolerated(), "number") + " within tolerance");
        }
        parts.addAll(hidden(r, false));
        return "100% match (" + String.join("; ", parts) + ")";
    }

    private static String differences(CompareResult r) {
        List<String> kinds = new ArrayList<>();
        kinds.add(number(r.added()) + " added");
        kinds.add(number(r.removed()) + " removed");
        boolean fields = r.changedFields() > 0 && r.comparedAs() != ComparedAs.FOLDER;
        kinds.add(number(r.changed()) + " changed" + (fields ? " (" + count(r.changedFields(), "field") + ")" : ""));
        if (r.duplicates() > 0) {
            kinds.add(count(r.duplicates(), "duplicate key"));
        }
        List<String> hidden = new ArrayList<>();
        if (r.tolerated() > 0) {
            hidden.add(number(r.tolerated()) + " tolerated");
        }
        hidden.addAll(hidden(r, true));
        String text = count(r.differences(), "difference") + ": " + String.join(", ", kinds);
        return hidden.isEmpty() ? text : text + "; " + String.join(", ", hidden);
    }

    /** Ignored (as fields when the comparator reports them per field) and accepted. */
    private static List<String> hidden(CompareResult r, boolean terse) {
        List<String> parts = new ArrayList<>();
        long ignoredFields = r.fields().values().stream().filter(f -> f.ignored() > 0).count();
        if (r.ignored() > 0) {
            parts.add(terse ? number(r.ignored()) + " ignored"
                    : ignoredFields > 0 ? count(ignoredFields, "field") + " ignored"
                    : count(r.ignored(), "value") + " ignored");
        }
        if (r.accepted() > 0) {
            parts.add(terse ? number(r.accepted()) + " accepted" : count(r.accepted(), "accepted difference"));
        }
        return parts;
    }

    private static String unit(ComparedAs as) {
        return switch (as) {
            case TEXT -> "line";
            case JSON, CSV -> "record";
            case FOLDER, BINARY -> "file";
        };
    }

    static String count(long n, String unit) {
        return number(n) + " " + unit + (n == 1 ? "" : "s");
    }

    static String number(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    /** Per-field statistics in a stable order: most changed first, then by name. */
    static List<java.util.Map.Entry<String, FieldStats>> fieldsByChanges(CompareResult r) {
        return r.fields().entrySet().stream()
                .sorted(java.util.Map.Entry.<String, FieldStats>comparingByValue(
                        (a, b) -> Long.compare(b.changed(), a.changed())).thenComparing(java.util.Map.Entry.comparingByKey()))
                .toList();
    }
}
