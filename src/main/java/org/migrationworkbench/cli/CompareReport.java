package org.migrationworkbench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.migrationworkbench.core.compare.CompareResult;
import org.migrationworkbench.core.compare.Difference;
import org.migrationworkbench.core.compare.FieldChange;
import org.migrationworkbench.core.compare.ResultJson;
import org.migrationworkbench.core.compare.Summary;

/** What {@code compare} prints: one JSON document, or the summary and the differences as text. */
final class CompareReport {
    private CompareReport() {
    }

    static Map<String, Object> document(CompareResult r) {
        return ResultJson.document(r);
    }

    /** Prints one difference as it is found: a -U0 hunk for text, a record line for records and files. */
    static void printDifference(PrintWriter out, Difference d, boolean text) {
        if (text) {
            out.printf("@@ -%s +%s @@%n", range(d.oldLine(), d.oldLines().size()), range(d.newLine(), d.newLines().size()));
            d.oldLines().forEach(l -> out.println("-" + l));
            d.newLines().forEach(l -> out.println("+" + l));
            return;
        }
        out.printf("%-9s %s%n", d.kind().name().toLowerCase(java.util.Locale.ROOT), d.key());
        for (FieldChange f : d.fields()) {
            out.printf("          %s: %s -> %s%n", f.path(), f.oldValue(), f.newValue());
        }
        List<String> lines = d.kind() == Difference.Kind.REMOVED ? d.oldLines() : d.newLines();
        lines.stream().limit(5).forEach(l -> out.println("          " + l));
    }

    private static String range(long start, int count) {
        return count == 1 ? Long.toString(start) : start + "," + count;
    }

    static void print(PrintWriter out, CompareResult r) {
        out.println((r.identical() ? "identical: " : "different: ") + Summary.of(r));
        r.notes().forEach(n -> out.println("note: " + n));
    }
}
