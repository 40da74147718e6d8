package org.migrationworkbench.core.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a comparison of two runs of the old system into a noise report: which fields changed by themselves,
 * and a suggestion for each (ignore it; a tolerance when every change was a small number; text normalizers
 * for timestamps, ids and durations that differ between changed lines).
 */
public final class NoiseCheck {
    /** Token kinds that typically vary between runs, with the normalizer that masks them. */
    static final Map<String, String> TEXT_TOKENS = textTokens();

    private NoiseCheck() {
    }

    private static Map<String, String> textTokens() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("timestamp", "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?");
        m.put("uuid", "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
        m.put("duration", "\\b\\d+(?:\\.\\d+)?\\s?(?:ms|s|µs|us|ns)\\b");
        m.put("hex-id", "\\b[0-9a-f]{8,}\\b");
        m.put("number", "\\b\\d+(?:\\.\\d+)?\\b");
        return m;
    }

    /** The noise report of a comparison of two runs of the same system. */
    public static NoiseReport report(CompareResult r, String comparisonId) {
        if (r.comparedAs() == ComparedAs.TEXT) {
            return text(r, comparisonId);
        }
        List<NoiseReport.Volatile> fields = new ArrayList<>();
        List<String> suggestions = new ArrayList<>();
        r.fields().forEach((field, stats) -> {
            if (stats.changed() > 0) {
                fields.add(new NoiseReport.Volatile(field, stats.changed()));
                suggestions.add(suggestion(field, r));
            }
        });
        fields.sort((a, b) -> Long.compare(b.changes(), a.changes()));
        if (r.added() + r.removed() > 0) {
            suggestions.add("# " + (r.added() + r.removed()) + " records appear in only one run: the output itself "
                    + "is not stable (check ordering or filtering in the old system)");
        }
        return new NoiseReport(comparisonId, r, fields, suggestions);
    }

    private static String suggestion(String field, CompareResult r) {
        double maxDelta = -1;
        for (Difference d : r.samples()) {
            for (FieldChange f : d.fields()) {
                if (DifferenceTally.fieldKey(f.path()).equals(field)) {
                    double delta = numericDelta(f.oldValue(), f.newValue());
                    if (delta < 0) {
                        return "ignore: " + field;
                    }
                    maxDelta = Math.max(maxDelta, delta);
                }
            }
        }
        if (maxDelta < 0) {
            return "ignore: " + field;
        }
        double bound = Math.pow(10, Math.ceil(Math.log10(maxDelta)));
        return "tolerance.fields: {\"" + field + "\": {absolute: " + BigDecimal.valueOf(bound).stripTrailingZeros()
                .toPlainString() + "}}  # largest change seen " + maxDelta;
    }

    private static double numericDelta(String a, String b) {
        try {
            return Math.abs(Double.parseDouble(a) - Double.parseDouble(b));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Pairs the whitespace-separated tokens of two lines; each differing pair is credited to the first token
     * kind whose mask makes them equal. Lines with another shape (tokens added or removed) are not noise.
     */
    private static void credit(String a, String b, Map<String, Long> kinds) {
        String[] ta = a.split("\\s+");
        String[] tb = b.split("\\s+");
        if (a.equals(b) || ta.length != tb.length) {
            return;
        }
        for (int i = 0; i < ta.length; i++) {
            if (!ta[i].equals(tb[i])) {
                for (var e : TEXT_TOKENS.entrySet()) {
                    Pattern p = Pattern.compile(e.getValue());
                    if (p.matcher(ta[i]).replaceAll("#").equals(p.matcher(tb[i]).replaceAll("#"))) {
                        kinds.merge(e.getKey(), 1L, Long::sum);
                        break;
                    }
                }
            }
        }
    }

    private static NoiseReport text(CompareResult r, String comparisonId) {
        Map<String, Long> kinds = new LinkedHashMap<>();
        for (Difference d : r.samples()) {
            int n = Math.min(d.oldLines().size(), d.newLines().size());
            for (int i = 0; i < n; i++) {
                credit(d.oldLines().get(i), d.newLines().get(i), kinds);
            }
        }
        List<NoiseReport.Volatile> fields = new ArrayList<>();
        List<String> suggestions = new ArrayList<>();
        kinds.forEach((kind, count) -> {
            fields.add(new NoiseReport.Volatile(kind, count));
            suggestions.add("text.normalize: {name: " + kind + ", pattern: '" + TEXT_TOKENS.get(kind)
                    + "', replace: '<" + kind + ">'}");
        });
        return new NoiseReport(comparisonId, r, fields, suggestions);
    }
}
