package org.migrationworkbench.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.migrationworkbench.cli.WorkbenchCommand;

/**
 * Times the {@code report} command inside one running JVM, as the app's "Export report…" runs it (everything but
 * the JVM start): the first run and the median of the later runs, for PNG, HTML and PDF, on the workspace
 * given (report.sh prepares the bundled sample with stored runs). Targets: HTML 1 s or less, PDF 3 s or less.
 */
public final class ReportInProcessBench {
    private static final int RUNS = 10;

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path workspace = Path.of(args[0]);
        Path out = Files.createTempDirectory("report-bench");
        // png first: like the app, whose dashboard has gathered the status before the report is exported
        for (String format : List.of("png", "html", "pdf")) {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                int code = WorkbenchCommand.commandLine(ws -> 0, "report").setOut(new PrintWriter(new StringWriter()))
                        .execute("report", "--workspace", workspace.toString(), "--" + format,
                                out.resolve("status." + format).toString());
                times.add((System.nanoTime() - start) / 1_000_000);
                if (code != 0) {
                    throw new IllegalStateException("report --" + format + " exited " + code);
                }
            }
            List<Long> warm = new ArrayList<>(times.subList(1, times.size()));
            Collections.sort(warm);
            System.out.printf("in-process report --%s: first %d ms, warm median %d ms (%d runs)%n", format,
                    times.get(0), warm.get(warm.size() / 2), warm.size());
        }
    }
}
