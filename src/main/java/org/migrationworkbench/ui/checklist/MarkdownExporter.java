package org.migrationworkbench.ui.checklist;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.migrationworkbench.core.AtomicFiles;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.checklist.ChecklistService;
import org.migrationworkbench.core.checklist.LoadedChecklist;
import org.migrationworkbench.core.checklist.MarkdownExport;
import org.migrationworkbench.core.model.Checklist;

/**
 * Writes a checklist's guide with its current states ticked into a Markdown file. Runs on the checklist
 * writer thread, so every change made before the export is in it; reports on the UI thread.
 */
final class MarkdownExporter {
    private final ChecklistService service;
    private final ChecklistContext context;

    MarkdownExporter(ChecklistService service, ChecklistContext context) {
        this.service = service;
        this.context = context;
    }

    /** Exports {@code checklist} to {@code target}; {@code done} gets a one-line summary. */
    void export(Checklist checklist, Path target, Consumer<String> done) {
        Path source = checklist.file().orElseThrow(() -> new IllegalArgumentException("inline checklist"));
        context.writes().execute(() -> {
            try {
                LoadedChecklist loaded = service.load(checklist);
                MarkdownExport.Result result = new MarkdownExport().export(Files.readAllBytes(source), loaded);
                AtomicFiles.write(target, result.bytes());
                String summary = "Exported " + loaded.title() + " to " + target + " (" + result.changed()
                        + " boxes changed" + (result.skipped().isEmpty() ? ")" : ", " + result.skipped().size()
                        + " not written: " + String.join("; ", result.skipped()) + ")");
                context.uiThread().execute(() -> done.accept(summary));
            } catch (Exception e) {
                WorkbenchException error = e instanceof WorkbenchException w ? w
                        : new WorkbenchException("Cannot export " + source + " to " + target + ": " + e.getMessage(), e);
                context.uiThread().execute(() -> context.errors().report("Cannot export the checklist", error));
            }
        });
    }
}
