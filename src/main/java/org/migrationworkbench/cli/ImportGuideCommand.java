package org.migrationworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.migrationworkbench.core.checklist.ItemChange;
import org.migrationworkbench.core.checklist.LoadedChecklist;
import org.migrationworkbench.core.guide.Guide;
import org.migrationworkbench.core.guide.GuideImporter;
import org.migrationworkbench.core.guide.GuideItem;
import org.migrationworkbench.core.guide.ItemMode;
import org.migrationworkbench.core.guide.WorkspaceImport;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import-guide}: turns a Markdown guide into a workspace checklist. Exit 0 imported, 2 unreadable. */
@Command(name = "import-guide", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Create a workspace from a Markdown migration guide, or add the guide to an existing one.")
final class ImportGuideCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GUIDE.md", description = "The Markdown guide.")
    Path guideFile;

    @Option(names = "--into", paramLabel = "DIR", required = true, description = "Workspace folder (created if needed).")
    Path into;

    @Option(names = "--items", paramLabel = "MODE", defaultValue = "AUTO",
            description = "Which list items become checklist items: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ItemMode mode;

    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(guideFile)) {
            spec.commandLine().getErr().println("workbench: cannot read " + guideFile + ": no such file");
            return CliErrors.BAD_INPUT;
        }
        Guide guide = new GuideImporter().read(guideFile, mode);
        WorkspaceImport.Result result = new WorkspaceImport(new WorkspaceLoader())
                .importGuide(guideFile, guide, into, LocalDate.now());
        LoadedChecklist loaded = ChecklistLoading.load(result.workspace(), result.checklistId());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> doc = GuideSummary.of(guide, result);
            doc.put("changes", changes(loaded));
            Json.print(out, doc);
        } else {
            print(out, guide, result);
            printChanges(out, loaded);
            guide.warnings().forEach(w -> spec.commandLine().getErr().println(guideFile + ":" + w.line()
                    + ": warning: " + w.message()));
        }
        return 0;
    }

    private void print(PrintWriter out, Guide guide, WorkspaceImport.Result result) {
        List<GuideItem> items = guide.items();
        out.printf("%s %s as checklist '%s' (%s)%n", result.createdWorkspace() ? "Created workspace" : "Updated workspace",
                result.workspace(), result.checklistId(), result.workspace().relativize(result.checklistFile()));
        out.printf("  %d sections, %d items (%d checked), %d choices, %d phases, %d metrics, %d roles, "
                        + "%d code references, %d warnings%n", guide.allSections().size(), items.size(),
                items.stream().filter(GuideItem::checked).count(), guide.choices().size(), guide.phases().size(),
                guide.metrics().size(), guide.roles().size(), guide.codeRefs().size(), guide.warnings().size());
        result.notes().forEach(note -> out.println("  note: " + note));
        out.flush();
    }

    /** What the import changed against the previous import of the same guide, and the progress it touches. */
    private static Map<String, Object> changes(LoadedChecklist loaded) {
        Map<String, Object> doc = new LinkedHashMap<>();
        for (ItemChange.Kind kind : ItemChange.Kind.values()) {
            doc.put(kind.name().toLowerCase(java.util.Locale.ROOT), loaded.changes().stream()
                    .filter(c -> c.kind() == kind)
                    .map(c -> GuideSummary.map("id", c.itemId(), "title", c.newText().isEmpty() ? c.oldText()
                            : c.newText(), "before", c.oldText(), "progress", loaded.state(c.itemId())
                            .map(st -> st.state()).orElse(null)))
                    .toList());
        }
        doc.put("orphanedProgress", loaded.orphans().stream().map(o -> GuideSummary.map("id", o.item().id(),
                "title", o.item().text(), "state", o.state().state(), "by", o.state().actor())).toList());
        return doc;
    }

    private static void printChanges(PrintWriter out, LoadedChecklist loaded) {
        if (loaded.changes().isEmpty()) {
            return;
        }
        Map<ItemChange.Kind, Long> counts = new java.util.EnumMap<>(ItemChange.Kind.class);
        loaded.changes().forEach(c -> counts.merge(c.kind(), 1L, Long::sum));
        out.println("  changes since the last import: " + counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.joining(", ")));
        for (ItemChange change : loaded.changes()) {
            if (change.kind() == ItemChange.Kind.REWORDED && loaded.state(change.itemId()).isPresent()) {
                out.printf("    progress kept: '%s' is now '%s'%n", change.oldText(), change.newText());
            }
        }
        loaded.orphans().forEach(o -> out.printf("    progress kept in history, item gone from the guide: '%s' (%s by %s)%n",
                o.item().text(), o.state().state(), o.state().actor()));
    }

    /** The JSON summary: counts and the things found, with their lines. */
    static final class GuideSummary {
        private GuideSummary() {
        }

        static Map<String, Object> of(Guide guide, WorkspaceImport.Result result) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("workspace", result.workspace().toString());
            doc.put("checklist", result.checklistId());
            doc.put("created", result.createdWorkspace());
            doc.put("title", guide.title());
            doc.put("mode", guide.mode().name().toLowerCase(java.util.Locale.ROOT));
            doc.put("sections", guide.allSections().size());
            doc.put("items", guide.items().size());
            doc.put("checked", guide.items().stream().filter(GuideItem::checked).count());
            doc.put("choices", guide.choices().stream().map(c -> map("name", c.name(), "title", c.name(),
                    "options", c.options(), "selected", c.selected().orElse(null), "line", c.line())).toList());
            doc.put("phases", guide.phases().stream().map(p -> map("title", p.title(), "number",
                    p.number().orElse(null), "weeks", p.weeks().map(w -> List.of(w.from(), w.to())).orElse(null),
                    "dependsOn", p.dependsOn(), "risk", p.risk().map(r -> r.label()).orElse(null), "line",
                    p.line())).toList());
            doc.put("metrics", guide.metrics().stream().map(m -> map("name", m.name(), "target", m.targetText(),
                    "actual", m.actual().orElse(null), "status", m.status(), "line", m.line())).toList());
            doc.put("roles", guide.roles().stream().map(r -> map("name", r)).toList());
            doc.put("signoffFields", guide.signoffFields().stream().map(f -> map("name", f.name(), "line",
                    f.line())).toList());
            doc.put("codeRefs", guide.codeRefs().stream().map(r -> map("title", r.spec(), "path", r.path(),
                    "start", r.start(), "end", r.end(), "line", r.line())).toList());
            doc.put("warnings", guide.warnings().stream().map(w -> map("line", w.line(), "message",
                    w.message())).toList());
            doc.put("notes", result.notes());
            return doc;
        }

        static Map<String, Object> map(Object... pairs) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                m.put((String) pairs[i], pairs[i + 1]);
            }
            return m;
        }
    }
}
