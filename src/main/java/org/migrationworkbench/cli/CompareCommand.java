package org.migrationworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.compare.CompareOptions;
import org.migrationworkbench.core.compare.CompareResult;
import org.migrationworkbench.core.compare.DifferenceSink;
import org.migrationworkbench.core.compare.FormatDetector;
import org.migrationworkbench.core.compare.StandardComparators;
import org.migrationworkbench.core.model.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compare}: old versus new outputs. Exit 0 identical, 1 differences, 2 bad input. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Compare old and new outputs (files or folders), or a comparison declared in a workspace.")
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..2", paramLabel = "OLD NEW", description = "The old and the new output.")
    List<Path> sides = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "auto, text, json, jsonl, csv or tsv.")
    String format = "auto";

    @Option(names = "--key", paramLabel = "K", description = "Record key (JSON path or CSV column); repeat for a composite key.")
    List<String> keys = new ArrayList<>();

    @Option(names = "--ignore", paramLabel = "PATH", description = "JSON path or CSV column not compared; repeatable.")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--tolerance", paramLabel = "X", description = "Numeric tolerance: 1e-9 (absolute), 0.1% (relative), or FIELD=X for one field; repeatable.")
    List<String> tolerance = new ArrayList<>();

    @Option(names = "--json", description = "Print one JSON document on stdout and nothing else there.")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "Write every difference to FILE (JSON Lines).")
    Path out;

    @Override
    public Integer call() {
        if (sides.size() != 2) {
            throw new WorkbenchException("compare needs OLD and NEW (or --workspace DIR --id ID).");
        }
        OutputFormat f = OutputFormat.byId(format.trim().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new WorkbenchException("Unknown format '" + format + "' (expected "
                        + String.join(", ", OutputFormat.ids()) + ")."));
        CompareOptions options = ToleranceOption.apply(CompareOptions.defaults().withFormat(f).withKeys(keys)
                .withIgnore(ignore), tolerance);
        CompareResult result;
        PrintWriter pw = spec.commandLine().getOut();
        boolean text = !json && isText(options);
        try (DifferenceFile file = DifferenceFile.open(out)) {
            DifferenceSink sink = d -> {
                if (file != null) {
                    file.accept(d);
                }
                if (!json) {
                    CompareReport.printDifference(pw, d, text);
                }
            };
            result = StandardComparators.create(Clock.systemUTC())
                    .compare(sides.get(0), sides.get(1), options, sink, Progress.NONE);
        }
        if (json) {
            Json.print(pw, CompareReport.document(result));
        } else {
            CompareReport.print(pw, result);
        }
        return result.identical() ? 0 : 1;
    }

    private boolean isText(CompareOptions options) {
        Path a = sides.get(0);
        Path b = sides.get(1);
        if (!java.nio.file.Files.isRegularFile(a) || !java.nio.file.Files.isRegularFile(b)) {
            return false;
        }
        return FormatDetector.resolve(options.format(), a, b) == OutputFormat.TEXT;
    }
}
