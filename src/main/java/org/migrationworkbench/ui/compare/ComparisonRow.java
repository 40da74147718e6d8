package org.migrationworkbench.ui.compare;

import org.migrationworkbench.core.compare.Summary;

import java.util.Optional;
import org.migrationworkbench.core.compare.CompareResult;
import org.migrationworkbench.core.model.Comparison;

/** A declared comparison with the verdict of its last run in this session, if any. */
public record ComparisonRow(Comparison comparison, Optional<CompareResult> result, Optional<String> error) {
    public static ComparisonRow notRun(Comparison c) {
        return new ComparisonRow(c, Optional.empty(), Optional.empty());
    }

    /** The first with differences, else the first with a result: what to show after running several. */
    static Optional<ComparisonRow> firstToShow(java.util.List<ComparisonRow> done) {
        return done.stream().filter(r -> r.result().map(res -> !res.identical()).orElse(false)).findFirst()
                .or(() -> done.stream().filter(r -> r.result().isPresent()).findFirst());
    }

    public String id() {
        return comparison.id();
    }

    /** "match", "12 differences" ("3 lines differ" for text), "error", or "not run". */
    public String verdict() {
        if (error.isPresent()) {
            return "error";
        }
        return result.map(r -> r.identical() ? "match" : Summary.brief(r))
                .orElse("not run");
    }

    public String tolerance() {
        var t = comparison.tolerance();
        if (t.isExact()) {
            return "exact";
        }
        String abs = t.absolute() > 0 ? "±" + number(t.absolute()) : "";
        String rel = t.relative() > 0 ? "±" + number(t.relative() * 100) + "%" : "";
        return abs.isEmpty() || rel.isEmpty() ? abs + rel : abs + " or " + rel;
    }

    /** "key id · ignore $.generated_at · tolerance ±1e-9": the rules a verdict rests on, in one line. */
    public String options() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (!comparison.keys().isEmpty()) {
            parts.add("key " + String.join(", ", comparison.keys()));
        }
        if (!comparison.ignore().isEmpty()) {
            parts.add("ignore " + String.join(", ", comparison.ignore()));
        }
        comparison.arrays().forEach((array, key) -> parts.add(array + (key.isEmpty() ? " as a set" : " by " + key)));
        if (!comparison.tolerance().isExact()) {
            parts.add("tolerance " + tolerance());
        }
        if (!comparison.fieldTolerances().isEmpty()) {
            parts.add(comparison.fieldTolerances().size() + " field tolerance"
                    + (comparison.fieldTolerances().size() == 1 ? "" : "s"));
        }
        parts.addAll(text());
        comparison.rerun().ifPresent(r -> parts.add("noise check"));
        return String.join(" · ", parts);
    }

    private java.util.List<String> text() {
        var t = comparison.text();
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (t.ignoreWhitespace()) {
            parts.add("ignore whitespace");
        }
        if (t.ignoreCase()) {
            parts.add("ignore case");
        }
        if (t.ignoreBlankLines()) {
            parts.add("ignore blank lines");
        }
        if (!t.normalize().isEmpty()) {
            parts.add("normalize " + String.join(", ", t.normalize().stream()
                    .map(org.migrationworkbench.core.model.TextRules.NormalizeRule::name).toList()));
        }
        return parts;
    }

    private static String number(double d) {
        return d >= 1e-3 ? java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
                : String.format(java.util.Locale.ROOT, "%.0e", d).replace("e-0", "e-");
    }
}
