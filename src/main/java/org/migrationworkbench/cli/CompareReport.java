package org.migrationworkbench.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migrationworkbench.core.compare.CompareResult;
import org.migrationworkbench.core.compare.Difference;
import org.migrationworkbench.core.compare.FieldChange;
import org.migrationworkbench.core.compare.FileComparison;

/** What {@code compare} prints: one JSON document, or the summary and the differences as text. */
final class CompareReport {
    private CompareReport() {
    }

    static Map<String, Object> document(CompareResult r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", r.comparedAs().id());
        doc.put("identical", r.identical());
        doc.put("added", r.added());
        doc.put("removed", r.removed());
        doc.put("changed", r.changed());
        doc.put("changedFields", r.changedFields());
        doc.put("tolerated", r.tolerated());
        doc.put("ignored", r.ignored());
        doc.put("accepted", r.accepted());
        doc.put("duplicates", r.duplicates());
        doc.put("oldCount", r.oldCount());
        doc.put("newCount", r.newCount());
        doc.put("fields", r.fields());
        doc.put("notes", r.notes());
        doc.put("digest", r.inputDigest());
        doc.put("samples", r.samples());
        if (!r.files().isEmpty()) {
            doc.put("files", r.files().stream().map(CompareReport::file).toList());
        }
        return doc;
    }

    private static Map<String, Object> file(FileComparison f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", f.path());
        m.put("status", f.status().name().toLowerCase(java.util.Locale.ROOT));
        f.result().ifPresent(r -> {
            m.put("format", r.comparedAs().id());
            m.put("differences", r.differences());
        });
        f.error().ifPresent(e -> m.put("error", e));
        return m;
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
        List<String> lines = d.kind() == Difference.Kind.ADDED ? d.newLines() : d.oldLines();
        lines.stream().limit(5).forEach(l -> out.println("          " + l));
    }

    private static String range(long start, int count) {
        return count == 1 ? Long.toString(start) : start + "," + count;
    }

    static void print(PrintWriter out, CompareResult r) {
        if (r.identical()) {
            out.printf("identical (%s; %,d old and %,d new items; %,d tolerated, %,d ignored, %,d accepted)%n",
                    r.comparedAs().id(), r.oldCount(), r.newCount(), r.tolerated(), r.ignored(), r.accepted());
        } else {
            out.printf("%,d differences (%s): %,d added, %,d removed, %,d changed, %,d changed fields, %,d duplicate"
                            + " keys; %,d tolerated, %,d ignored, %,d accepted%n", r.differences(), r.comparedAs().id(),
                    r.added(), r.removed(), r.changed(), r.changedFields(), r.duplicates(), r.tolerated(),
                    r.ignored(), r.accepted());
        }
        r.notes().forEach(n -> out.println("note: " + n));
    }
}
