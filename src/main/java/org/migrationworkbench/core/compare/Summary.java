package org.migrationworkbench.core.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one-line verdict of a comparison, the same in the CLI, the views and reports: "100% match (2,304,112
 * records; 51,148 numbers within tolerance; 1 field ignored)" or "12 differences: 3 added, 4 removed, 5 changed
 * (9 fields); 7 tolerated, 2 ignored". Text counts lines ("3 lines differ: 2 added, 1 removed (1 changed)").
 * What the rules hid is always named, so a reviewer sees what a match rests on.
 */
public final class Summary {
    private Summary() {
    }

    public static String of(CompareResult r) {
        return r.identical() ? match(r) : counts(r);
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

    /** The count alone: "12 differences", or "3 lines differ" for text. */
    public static String brief(CompareResult r) {
        return r.comparedAs() == ComparedAs.TEXT ? count(r.added() + r.removed(), "line") + " differ"
                : count(r.differences(), "difference");
    }

    /** The difference counts, with what the rules hid. */
    public static String counts(CompareResult r) {
        List<String> kinds = new ArrayList<>();
        String head;
        if (r.comparedAs() == ComparedAs.TEXT) {
            head = brief(r) + ": ";
            kinds.add(number(r.added()) + " added");
            kinds.add(number(r.removed()) + " removed (" + number(r.changed()) + " changed)");
        } else {
            head = brief(r) + ": ";
            kinds.add(number(r.added()) + " added");
            kinds.add(number(r.removed()) + " removed");
            boolean fields = r.changedFields() > 0 && r.comparedAs() != ComparedAs.FOLDER;
            kinds.add(number(r.changed()) + " changed" + (fields ? " (" + count(r.changedFields(), "field") + ")"
                    : ""));
        }
        if (r.duplicates() > 0) {
            kinds.add(count(r.duplicates(), "duplicate key"));
        }
        List<String> hidden = new ArrayList<>();
        if (r.tolerated() > 0) {
            hidden.add(number(r.tolerated()) + " tolerated");
        }
        hidden.addAll(hidden(r, true));
        String text = head + String.join(", ", kinds);
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

    /** "1 line", "2,000 lines". */
    public static String count(long n, String unit) {
        return number(n) + " " + unit + (n == 1 ? "" : "s");
    }

    /** A count with thousands separators, the same in every locale. */
    public static String number(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }
}
