package org.migrationworkbench.core.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.migrationworkbench.core.model.Comparison;
import org.migrationworkbench.core.model.OutputFormat;
import org.migrationworkbench.core.model.OutputRef;
import org.migrationworkbench.core.model.TextRules;
import org.migrationworkbench.core.model.Tolerance;
import org.migrationworkbench.core.workspace.yaml.ComparisonDoc;

/** Reads comparisons: both sides inside the workspace (or at a git revision of the target), format, tolerance. */
final class ComparisonReader {
    private final LoadContext ctx;

    ComparisonReader(LoadContext ctx) {
        this.ctx = ctx;
    }

    record Read(Comparison comparison, String pointer) {
    }

    List<Read> read(List<JsonNode> nodes) {
        List<Read> out = new ArrayList<>();
        Set<String> ids = LoadContext.newIds();
        for (LoadContext.Element e : LoadContext.elements(nodes, "/comparisons")) {
            ctx.binder.bind(e.node(), ComparisonDoc.class, e.pointer())
                    .filter(doc -> ctx.checkId(doc.id, e.pointer(), ids, "comparison"))
                    .flatMap(doc -> toComparison(doc, e.pointer()))
                    .ifPresent(c -> out.add(new Read(c, e.pointer())));
        }
        return out;
    }

    private Optional<Comparison> toComparison(ComparisonDoc doc, String pointer) {
        Optional<OutputRef> oldSide = side(doc.old, pointer, "old");
        Optional<OutputRef> newSide = side(doc.newSide, pointer, "new");
        OutputFormat format = OutputFormat.AUTO;
        if (doc.format != null) {
            Optional<OutputFormat> known = OutputFormat.byId(doc.format.trim());
            if (known.isEmpty()) {
                ctx.problems.error(SourceMap.child(pointer, "format"), "unknown format '" + doc.format
                        + "' (expected " + String.join(", ", OutputFormat.ids()) + ")");
            } else {
                format = known.get();
            }
        }
        String tolPointer = SourceMap.child(pointer, "tolerance");
        Tolerance tolerance = tolerance(doc.tolerance, tolPointer);
        Map<String, Tolerance> fields = new LinkedHashMap<>();
        if (doc.tolerance != null && doc.tolerance.fields != null) {
            String fieldsPointer = SourceMap.child(tolPointer, "fields");
            doc.tolerance.fields.forEach((field, t) -> fields.put(field,
                    tolerance(t, SourceMap.child(fieldsPointer, field))));
        }
        TextRules text = new TextRulesReader(ctx.problems).read(doc.text, SourceMap.child(pointer, "text"));
        Optional<OutputRef> rerun = doc.rerun == null ? Optional.empty() : side(doc.rerun, pointer, "rerun");
        if (oldSide.isEmpty() || newSide.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Comparison(doc.id, LoadContext.text(doc.title), oldSide.get(), newSide.get(),
                format, LoadContext.orEmpty(doc.key), LoadContext.orEmpty(doc.ignore), tolerance, fields,
                doc.arrays == null ? Map.of() : doc.arrays, text, rerun, LoadContext.text(doc.phase)));
    }

    private Optional<OutputRef> side(String spec, String pointer, String field) {
        if (!ctx.require(spec, pointer, field)) {
            return Optional.empty();
        }
        String at = SourceMap.child(pointer, field);
        if (spec.startsWith("git:")) {
            int colon = spec.indexOf(':', 4);
            if (colon < 5 || colon == spec.length() - 1) {
                ctx.problems.error(at, "'" + spec + "' is not of the form git:<ref>:<path>");
                return Optional.empty();
            }
            String path = spec.substring(colon + 1);
            PathGuard.Result inRepo = ctx.target.resolve(path);
            inRepo.error().ifPresent(message -> ctx.problems.error(at, message));
            return inRepo.error().isPresent() ? Optional.empty()
                    : Optional.of(new OutputRef.GitRevision(spec, spec.substring(4, colon), path));
        }
        PathGuard.Result inWorkspace = ctx.workspace.resolve(spec);
        inWorkspace.error().ifPresent(message -> ctx.problems.error(at, message));
        return inWorkspace.path().map(p -> new OutputRef.WorkspacePath(spec, p));
    }

    private Tolerance tolerance(ComparisonDoc.ToleranceDoc doc, String pointer) {
        if (doc == null) {
            return Tolerance.EXACT;
        }
        double absolute = doc.absolute == null ? 0 : doc.absolute;
        double relative = doc.relative == null ? 0 : doc.relative;
        if (absolute < 0 || relative < 0 || Double.isNaN(absolute) || Double.isNaN(relative)) {
            ctx.problems.error(pointer, "tolerances must be non-negative numbers");
            return Tolerance.EXACT;
        }
        return new Tolerance(absolute, relative);
    }
}
