package org.migrationworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.migrationworkbench.core.session.StoreServices;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.compare.CompareOptions;
import org.migrationworkbench.core.compare.CompareResult;
import org.migrationworkbench.core.compare.ComparisonService;
import org.migrationworkbench.core.compare.DifferenceLines;
import org.migrationworkbench.core.compare.DifferenceSink;
import org.migrationworkbench.core.compare.FormatDetector;
import org.migrationworkbench.core.compare.NoiseCheck;
import org.migrationworkbench.core.compare.Normalizer;
import org.migrationworkbench.core.compare.TextOptions;
import org.migrationworkbench.core.compare.PlainJson;
import org.migrationworkbench.core.compare.StandardComparators;
import org.migrationworkbench.core.model.Comparison;
import org.migrationworkbench.core.model.OutputFormat;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
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

    @Option(names = "--workspace", paramLabel = "DIR", description = "Run a comparison declared in this workspace (with --id); the run is stored.")
    Path workspace;

    @Option(names = "--id", paramLabel = "ID", description = "The declared comparison to run.")
    String id;

    @Option(names = "--format", paramLabel = "FORMAT", description = "auto, text, json, jsonl, csv or tsv.")
    String format = "auto";

    @Option(names = "--key", paramLabel = "K", description = "Record key (JSON path or CSV column); repeat for a composite key.")
    List<String> keys = new ArrayList<>();

    @Option(names = "--ignore", paramLabel = "PATH", description = "JSON path or CSV column not compared; repeatable.")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--tolerance", paramLabel = "X", description = "Numeric tolerance: 1e-9 (absolute), 0.1% (relative), or FIELD=X for one field; repeatable.")
    List<String> tolerance = new ArrayList<>();

    @Option(names = {"-w", "--ignore-whitespace"}, description = "Text: ignore all white space.")
    boolean ignoreWhitespace;

    @Option(names = {"-i", "--ignore-case"}, description = "Text: ignore case.")
    boolean ignoreCase;

    @Option(names = {"-B", "--ignore-blank-lines"}, description = "Text: ignore blank lines.")
    boolean ignoreBlankLines;

    @Option(names = "--normalize", paramLabel = "REGEX[=>REPLACEMENT]", description = "Text: replace matches of REGEX (by REPLACEMENT, default empty) before comparing, e.g. '\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z=><ts>'; repeatable.")
    List<String> normalize = new ArrayList<>();

    @Option(names = "--noise", description = "Noise check: the two sides are two runs of the same system (with --workspace: the old output and its declared 'rerun'); report volatile fields and suggest rules.")
    boolean noise;

    @Option(names = "--json", description = "Print one JSON document on stdout and nothing else there.")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "Write every difference to FILE (JSON Lines).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter pw = spec.commandLine().getOut();
        if (workspace != null) {
            return declared(pw);
        }
        if (sides.size() != 2 || id != null) {
            throw new WorkbenchException("compare needs OLD and NEW, or --workspace DIR --id ID.");
        }
        CompareOptions options = ToleranceOption.apply(CompareOptions.defaults().withFormat(format())
                .withKeys(keys).withIgnore(ignore).withText(textOptions()), tolerance);
        if (noise) {
            CompareResult r = StandardComparators.create(Clock.systemUTC()).compare(sides.get(0), sides.get(1),
                    options.withSampleLimit(1000), DifferenceSink.NONE, Progress.NONE);
            return NoiseOutput.print(pw, json, NoiseCheck.report(r, "ad hoc"));
        }
        return print(pw, isText(options), sink -> StandardComparators.create(Clock.systemUTC())
                .compare(sides.get(0), sides.get(1), options, sink, Progress.NONE));
    }

    private int declared(PrintWriter pw) {
        if (id == null || !sides.isEmpty()) {
            throw new WorkbenchException("With --workspace, give --id ID (and no OLD NEW).");
        }
        if (!keys.isEmpty() || !ignore.isEmpty() || !tolerance.isEmpty() || !"auto".equals(format)
                || !textOptions().isExact()) {
            throw new WorkbenchException("With --workspace, keys, ignore rules, tolerances and format come from "
                    + "workbench.yaml; --key, --ignore, --tolerance, --format and text options are not allowed.");
        }
        Workspace ws = new WorkspaceLoader().load(workspace).workspace();
        Comparison c = ws.comparisons().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new WorkbenchException("Unknown comparison '" + id + "' in " + ws.manifest()));
        try (WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(ws.root()))) {
            ComparisonService service = service(store);
            if (noise) {
                return NoiseOutput.print(pw, json, service.noise(ws, c, Progress.NONE));
            }
            boolean text = !json && c.format() == OutputFormat.TEXT;
            int code = print(pw, text, sink -> service.run(ws, c, sink, Progress.NONE, "cli").result());
            store.checkpointSync();
            return code;
        }
    }

    static ComparisonService service(WorkbenchStore store) {
        return StoreServices.comparisons(store, StandardComparators.create(Clock.systemUTC()), Clock.systemUTC());
    }

    private int print(PrintWriter pw, boolean text, java.util.function.Function<DifferenceSink, CompareResult> run) {
        CompareResult result;
        try (DifferenceLines file = out == null ? null : DifferenceLines.open(out)) {
            DifferenceSink sink = d -> {
                if (file != null) {
                    file.accept(d);
                }
                if (!json) {
                    CompareReport.printDifference(pw, d, text);
                }
            };
            result = run.apply(sink);
        }
        if (json) {
            PlainJson.write(CompareReport.document(result), pw, true);
            pw.println();
            pw.flush();
        } else {
            CompareReport.print(pw, result);
        }
        return result.identical() ? 0 : 1;
    }

    private TextOptions textOptions() {
        List<Normalizer> normalizers = new ArrayList<>();
        for (String n : normalize) {
            int arrow = n.lastIndexOf("=>");
            String regex = arrow < 0 ? n : n.substring(0, arrow);
            try {
                normalizers.add(Normalizer.of(regex, regex, arrow < 0 ? "" : n.substring(arrow + 2)));
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new WorkbenchException("--normalize '" + n + "': not a valid regular expression: "
                        + e.getDescription() + " near index " + e.getIndex() + ".");
            }
        }
        return new TextOptions(ignoreWhitespace, ignoreCase, ignoreBlankLines, normalizers);
    }

    private OutputFormat format() {
        return OutputFormat.byId(format.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new WorkbenchException("Unknown format '" + format + "' (expected "
                        + String.join(", ", OutputFormat.ids()) + ")."));
    }

    private boolean isText(CompareOptions options) {
        Path a = sides.get(0);
        Path b = sides.get(1);
        if (!Files.isRegularFile(a) || !Files.isRegularFile(b)) {
            return false;
        }
        return FormatDetector.resolve(options.format(), a, b) == OutputFormat.TEXT;
    }
}
