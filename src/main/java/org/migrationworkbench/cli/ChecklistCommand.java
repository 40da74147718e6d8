package org.migrationworkbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.checklist.ChecklistProgress;
import org.migrationworkbench.core.checklist.MarkdownExport;
import org.migrationworkbench.core.checklist.ChecklistSection;
import org.migrationworkbench.core.checklist.LoadedChecklist;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code checklist}: progress per checklist and section. Exit 0; 2 when the workspace cannot be opened. */
@Command(name = "checklist", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Show progress per checklist and section.")
final class ChecklistCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions options;

    @picocli.CommandLine.Option(names = "--export", paramLabel = "ID",
            description = "Write checklist ID's Markdown guide with the current states ticked to --out.")
    String export;

    @picocli.CommandLine.Option(names = "--out", paramLabel = "FILE", description = "Where --export writes.")
    java.nio.file.Path out;

    @Override
    public Integer call() {
        Workspace ws = new WorkspaceLoader().load(options.workspace).workspace();
        if (export != null) {
            return export(ws);
        }
        List<LoadedChecklist> checklists = ChecklistLoading.loadAll(ws, spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            Json.print(out, document(ws, checklists));
        } else {
            print(out, ws, checklists);
        }
        return 0;
    }

    private int export(Workspace ws) {
        if (out == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--export needs --out FILE");
        }
        LoadedChecklist checklist = ChecklistLoading.load(ws.root(), export);
        java.nio.file.Path source = checklist.declaration().file().orElseThrow(() -> new WorkbenchException(
                "Checklist '" + export + "' has inline items, not a Markdown guide, so there is nothing to export."));
        try {
            MarkdownExport.Result result = new MarkdownExport().export(java.nio.file.Files.readAllBytes(source),
                    checklist);
            org.migrationworkbench.core.AtomicFiles.write(out, result.bytes());
            result.skipped().forEach(s -> spec.commandLine().getErr().println(source + ": warning: " + s));
            if (options.json) {
                Json.print(spec.commandLine().getOut(), java.util.Map.of("checklist", export, "file", out.toString(),
                        "changed", result.changed(), "skipped", result.skipped()));
            } else {
                spec.commandLine().getOut().printf("Exported %s to %s (%d boxes changed)%n", checklist.title(), out,
                        result.changed());
            }
            return 0;
        } catch (java.io.IOException e) {
            throw new WorkbenchException("Cannot export " + source + " to " + out + ": " + e.getMessage(), e);
        }
    }

    private static void print(PrintWriter out, Workspace ws, List<LoadedChecklist> checklists) {
        ChecklistProgress total = checklists.stream().map(LoadedChecklist::progress)
                .reduce(ChecklistProgress.EMPTY, ChecklistProgress::plus);
        out.printf("%s: %s complete%n", ws.name(), describe(total));
        for (LoadedChecklist checklist : checklists) {
            out.printf("%n%-22s %s (%s)%n", describe(checklist.progress()), checklist.title(), checklist.id());
            for (ChecklistSection section : checklist.sections()) {
                printSection(out, checklist, section, 1);
            }
            if (!checklist.orphans().isEmpty()) {
                out.printf("  %d item(s) with recorded progress are no longer in the guide%n",
                        checklist.orphans().size());
            }
        }
        out.flush();
    }

    private static void printSection(PrintWriter out, LoadedChecklist checklist, ChecklistSection section, int depth) {
        ChecklistProgress progress = checklist.progress(section);
        if (progress.total() > 0) {
            String title = section.section().title().isEmpty() ? "(before the first heading)" : section.section().title();
            out.printf("%-22s %s%s%n", describe(progress), "  ".repeat(depth), title);
        }
        for (ChecklistSection child : section.children()) {
            printSection(out, checklist, child, depth + 1);
        }
    }

    static String describe(ChecklistProgress p) {
        String text = String.format("%d/%d (%d%%)", p.complete(), p.total(), Math.round(p.ratio() * 100));
        return p.blocked() > 0 ? text + ", " + p.blocked() + " blocked" : text;
    }

    private static Map<String, Object> document(Workspace ws, List<LoadedChecklist> checklists) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("workspace", ws.name());
        doc.put("progress", progress(checklists.stream().map(LoadedChecklist::progress)
                .reduce(ChecklistProgress.EMPTY, ChecklistProgress::plus)));
        doc.put("checklists", checklists.stream().map(ChecklistCommand::checklist).toList());
        return doc;
    }

    private static Map<String, Object> checklist(LoadedChecklist checklist) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", checklist.id());
        row.put("title", checklist.title());
        checklist.declaration().file().ifPresent(f -> row.put("file", f.toString()));
        row.put("progress", progress(checklist.progress()));
        List<Map<String, Object>> sections = new ArrayList<>();
        checklist.sections().forEach(s -> sections(checklist, s, sections));
        row.put("sections", sections);
        row.put("orphans", checklist.orphans().stream().map(o -> Map.of("id", o.item().id(), "text",
                o.item().text(), "state", o.state().state())).toList());
        return row;
    }

    private static void sections(LoadedChecklist checklist, ChecklistSection section, List<Map<String, Object>> out) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("title", section.section().title());
        row.put("path", section.section().path());
        row.put("progress", progress(checklist.progress(section)));
        out.add(row);
        section.children().forEach(child -> sections(checklist, child, out));
    }

    static Map<String, Object> progress(ChecklistProgress p) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("total", p.total());
        row.put("done", p.done());
        row.put("na", p.na());
        row.put("blocked", p.blocked());
        row.put("open", p.open());
        row.put("ratio", Math.round(p.ratio() * 10_000) / 10_000.0);
        return row;
    }
}
