package org.migrationworkbench.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.migrationworkbench.core.compare.NoiseReport;
import org.migrationworkbench.core.compare.ResultJson;

/** Prints a noise report. Exit 0 when the two runs agree, 1 when something differs by itself. */
final class NoiseOutput {
    private NoiseOutput() {
    }

    static int print(PrintWriter out, boolean json, NoiseReport report) {
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("comparison", report.comparisonId());
            doc.put("quiet", report.quiet());
            doc.put("volatile", report.volatileFields());
            doc.put("suggestions", report.suggestions());
            doc.put("result", ResultJson.document(report.result()));
            Json.print(out, doc);
        } else if (report.quiet()) {
            out.println("No noise: two runs of the old system agree.");
        } else {
            out.println("Differs between two runs of the old system (volatile):");
            report.volatileFields().forEach(v -> out.printf("  %-40s %,d changes%n", v.field(), v.changes()));
            out.println("Suggested rules for workbench.yaml:");
            report.suggestions().forEach(s -> out.println("  " + s));
        }
        return report.quiet() ? 0 : 1;
    }
}
