package org.migrationworkbench.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.migrationworkbench.core.session.StoreServices;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.readiness.Analysis;
import org.migrationworkbench.core.readiness.Checkers;
import org.migrationworkbench.core.readiness.Readiness;
import org.migrationworkbench.core.readiness.ReadinessEngine;
import org.migrationworkbench.core.readiness.ReadinessService;
import org.migrationworkbench.core.readiness.RuleResult;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code analyze}: runs readiness rules. Exit 0 when no blocker or major rule fails, 1 when one does, 2 bad input. */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run the workspace's readiness rules against the target repository.")
final class AnalyzeCommand implements Callable<Integer> {
    static final Duration RULE_TIMEOUT = Duration.ofMinutes(10);

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions options;

    @Option(names = "--phase", paramLabel = "ID", description = "Only the rules of this phase.")
    String phase;

    @Option(names = "--trust", description = "Trust this workspace for this run: lets 'command' rules run.")
    boolean trust;

    @Override
    public Integer call() {
        Workspace ws = new WorkspaceLoader().load(options.workspace).workspace();
        Analysis analysis;
        try (WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(ws.root()))) {
            analysis = service(store).analyze(ws, Optional.ofNullable(phase), trust, "cli", Progress.NONE,
                    ReadinessEngine.Listener.NONE);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            Json.print(out, document(analysis));
        } else {
            print(out, ws, analysis);
        }
        return analysis.readiness().results().stream().anyMatch(Readiness.Scored::blocking) ? 1 : 0;
    }

    /** The readiness service over a command's store, with every rule kind and one thread per processor. */
    static ReadinessService service(WorkbenchStore store) {
        return StoreServices.readiness(store, engine(), Clock.systemUTC());
    }

    /** The readiness engine of the command line: every rule kind, one thread per processor. */
    static ReadinessEngine engine() {
        return new ReadinessEngine(Checkers.all(), Runtime.getRuntime().availableProcessors(), RULE_TIMEOUT);
    }

    private static void print(PrintWriter out, Workspace ws, Analysis analysis) {
        Readiness r = analysis.readiness();
        Readiness.Counts c = r.total();
        out.printf("%s: %s (%d pass, %d warn, %d fail, %d error, %d skipped, %d waived)%n", ws.name(),
                r.level().name().replace('_', ' '), c.pass(), c.warn(), c.fail(), c.error(), c.skipped(), c.waived());
        for (Readiness.Scored scored : r.results()) {
            RuleResult result = scored.result();
            String status = scored.waiver().isPresent() ? "WAIVED" : result.status().name();
            out.printf("%n%-7s %-7s %-22s %s%n        %s (%d ms)%n", status, result.rule().severity().label(),
                    result.rule().id(), result.rule().title(), result.outcome().summary(), result.durationMs());
            result.outcome().evidence().stream().limit(5).forEach(e -> out.printf("        %s%s%n",
                    e.file().isEmpty() ? "" : e.file() + (e.line() > 0 ? ":" + e.line() : "") + "  ",
                    e.text().replace("\n", "\n          ")));
            if (result.outcome().evidence().size() > 5) {
                out.printf("        … %d more (see --json)%n", result.outcome().evidence().size() - 5);
            }
            scored.waiver().ifPresent(w -> out.printf("        waived until %s by %s: %s%n", w.expires(), w.owner(),
                    w.reason()));
        }
        out.flush();
    }

    private static Map<String, Object> document(Analysis analysis) {
        Readiness r = analysis.readiness();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("ready", r.results().stream().noneMatch(Readiness.Scored::blocking));
        doc.put("level", r.level().name().toLowerCase(Locale.ROOT));
        doc.put("run", analysis.runId());
        analysis.run().phase().ifPresent(p -> doc.put("phase", p));
        doc.put("rules", r.results().stream().map(s -> rule(s, analysis)).toList());
        doc.put("scores", r.grid());
        doc.put("total", r.total());
        return doc;
    }

    private static Map<String, Object> rule(Readiness.Scored scored, Analysis analysis) {
        RuleResult result = scored.result();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", result.rule().id());
        row.put("title", result.rule().title());
        row.put("kind", result.rule().kind().id());
        row.put("status", result.status().id());
        row.put("severity", result.rule().severity().label());
        row.put("category", result.rule().category().orElse(null));
        row.put("phase", result.rule().phase().orElse(null));
        row.put("summary", result.outcome().summary());
        row.put("evidence", result.outcome().evidence().stream().map(e -> {
            Map<String, Object> ev = new LinkedHashMap<>();
            ev.put("file", e.file());
            ev.put("line", e.line());
            ev.put("text", e.text());
            return ev;
        }).toList());
        row.put("durationMs", result.durationMs());
        row.put("digest", result.digest());
        row.put("previousStatus", analysis.previousStatus(result.rule().id()).map(s -> s.id()).orElse(null));
        row.put("waiver", scored.waiver().map(w -> Map.of("reason", w.reason(), "owner", w.owner(),
                "expires", w.expires().toString())).orElse(null));
        return row;
    }

}
