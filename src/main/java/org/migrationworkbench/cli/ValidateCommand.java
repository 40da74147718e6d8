package org.migrationworkbench.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.workspace.LoadedWorkspace;
import org.migrationworkbench.core.workspace.Problem;
import org.migrationworkbench.core.workspace.WorkspaceInvalidException;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate}: loads and checks a workspace; exit 0 when valid (warnings allowed), 2 when not. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Load and validate a workspace; list every problem as FILE:LINE:COLUMN.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions options;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            LoadedWorkspace loaded = new WorkspaceLoader().load(options.workspace);
            if (options.json) {
                Json.print(out, document(true, counts(loaded.workspace()), loaded.warnings()));
            } else {
                loaded.warnings().forEach(err::println);
                Workspace ws = loaded.workspace();
                out.println("valid: " + ws.name() + " (" + summary(counts(ws)) + ")");
            }
            return 0;
        } catch (WorkspaceInvalidException e) {
            if (options.json) {
                Json.print(out, document(false, Map.of(), e.problems()));
            } else {
                e.problems().forEach(err::println);
                err.println(e.errors().size() + (e.errors().size() == 1 ? " error" : " errors") + " in "
                        + options.workspace.resolve(WorkspaceLoader.MANIFEST));
            }
            err.flush();
            return CliErrors.BAD_INPUT;
        }
    }

    private static Map<String, Object> counts(Workspace ws) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("name", ws.name());
        counts.put("phases", ws.phases().size());
        counts.put("checklists", ws.checklists().size());
        counts.put("rules", ws.rules().size());
        counts.put("comparisons", ws.comparisons().size());
        counts.put("metrics", ws.metrics().size());
        counts.put("roles", ws.signoff().roles().size());
        return counts;
    }

    private static String summary(Map<String, Object> counts) {
        StringBuilder text = new StringBuilder();
        counts.forEach((key, value) -> {
            if (!key.equals("name")) {
                text.append(text.length() == 0 ? "" : ", ").append(value).append(' ').append(key);
            }
        });
        return text.toString();
    }

    private static Map<String, Object> document(boolean valid, Map<String, Object> workspace,
                                                List<Problem> problems) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("valid", valid);
        if (!workspace.isEmpty()) {
            doc.put("workspace", workspace);
        }
        doc.put("problems", problems.stream().map(p -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("level", p.level().name().toLowerCase(java.util.Locale.ROOT));
            row.put("file", p.file());
            row.put("line", p.line());
            row.put("column", p.column());
            row.put("path", p.path());
            row.put("message", p.message());
            return row;
        }).toList());
        return doc;
    }
}
