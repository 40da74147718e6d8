package org.migrationworkbench.core.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.migrationworkbench.core.model.Checklist;
import org.migrationworkbench.core.workspace.yaml.ChecklistDoc;

/** Reads checklist declarations; a checklist file must exist inside the workspace and be text. */
final class ChecklistReader {
    /** Largest checklist file accepted, in bytes. */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private final LoadContext ctx;

    ChecklistReader(LoadContext ctx) {
        this.ctx = ctx;
    }

    record Read(Checklist checklist, String pointer) {
    }

    List<Read> read(List<JsonNode> nodes) {
        List<Read> out = new ArrayList<>();
        Set<String> ids = LoadContext.newIds();
        for (LoadContext.Element e : LoadContext.elements(nodes, "/checklists")) {
            ctx.binder.bind(e.node(), ChecklistDoc.class, e.pointer())
                    .filter(doc -> ctx.checkId(doc.id, e.pointer(), ids, "checklist"))
                    .flatMap(doc -> toChecklist(doc, e.pointer()))
                    .ifPresent(c -> out.add(new Read(c, e.pointer())));
        }
        return out;
    }

    private Optional<Checklist> toChecklist(ChecklistDoc doc, String pointer) {
        if ((doc.file == null) == (doc.items == null)) {
            ctx.problems.error(pointer, "checklist '" + doc.id + "' needs exactly one of 'file' or 'items'");
            return Optional.empty();
        }
        Optional<Path> file = Optional.empty();
        if (doc.file != null) {
            String at = SourceMap.child(pointer, "file");
            PathGuard.Result result = ctx.workspace.resolve(doc.file);
            if (result.error().isPresent()) {
                ctx.problems.error(at, result.error().get());
                return Optional.empty();
            }
            file = result.path();
            if (!checkReadableText(file.get(), doc.file, at)) {
                return Optional.empty();
            }
        }
        return Optional.of(new Checklist(doc.id, LoadContext.text(doc.title), file,
                LoadContext.orEmpty(doc.items), LoadContext.text(doc.phase)));
    }

    private boolean checkReadableText(Path file, String given, String at) {
        if (!Files.isRegularFile(file)) {
            ctx.problems.error(at, "checklist file '" + given + "' does not exist (looked for " + file + ")");
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) > MAX_FILE_BYTES) {
                ctx.problems.error(at, "checklist file '" + given + "' is larger than "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MiB");
                return false;
            }
            byte[] head = in.readNBytes(8192);
            for (byte b : head) {
                if (b == 0) {
                    ctx.problems.error(at, "checklist file '" + given + "' is binary, not Markdown text");
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            ctx.problems.error(at, "checklist file '" + given + "' cannot be read: " + e.getMessage());
            return false;
        }
    }
}
