package org.migrationworkbench.core.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.migrationworkbench.core.WorkbenchException;

/**
 * A result as one JSON document: what {@code compare --json} prints and what the store keeps. The field names
 * are the CLI contract ({@code format}, {@code identical}, {@code added}, {@code removed}, {@code changed},
 * {@code changedFields}, {@code tolerated}, {@code ignored}, {@code samples}).
 */
public final class ResultJson {
    /** Only reading needs databind; writing uses the streaming generator. */
    private static final class Reader {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private ResultJson() {
    }

    public static Map<String, Object> document(CompareResult r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", r.comparedAs().id());
        doc.put("identical", r.identical());
        doc.put("added", r.added());
        doc.put("removed", r.removed());
        doc.put("changed", r.changed());
        doc.put("changedFields", r.changedFields());
        doc.put("tolerated", r.tolerated());
        doc.put("ignored", r.ignored());
        doc.put("accepted", r.accepted());
        doc.put("duplicates", r.duplicates());
        doc.put("oldCount", r.oldCount());
        doc.put("newCount", r.newCount());
        Map<String, Object> fields = new LinkedHashMap<>();
        r.fields().forEach((k, v) -> {
            // ordered: the stored document is digested
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("changed", v.changed());
            stats.put("tolerated", v.tolerated());
            stats.put("ignored", v.ignored());
            fields.put(k, stats);
        });
        doc.put("fields", fields);
        doc.put("notes", r.notes());
        doc.put("inputDigest", r.inputDigest());
        doc.put("samples", r.samples().stream().map(ResultJson::difference).toList());
        if (!r.files().isEmpty()) {
            doc.put("files", r.files().stream().map(ResultJson::file).toList());
        }
        return doc;
    }

    /** One difference as the samples and the JSON Lines file show it. */
    public static Map<String, Object> difference(Difference d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", d.kind().name());
        m.put("key", d.key());
        m.put("oldLine", d.oldLine());
        m.put("newLine", d.newLine());
        m.put("fields", d.fields().stream().map(f -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("path", f.path());
            x.put("oldValue", f.oldValue());
            x.put("newValue", f.newValue());
            return x;
        }).toList());
        m.put("oldLines", d.oldLines());
        m.put("newLines", d.newLines());
        return m;
    }

    private static Map<String, Object> file(FileComparison f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", f.path());
        m.put("status", f.status().name().toLowerCase(Locale.ROOT));
        f.result().ifPresent(r -> m.put("result", document(r)));
        f.error().ifPresent(e -> m.put("error", e));
        return m;
    }

    public static String write(CompareResult r) {
        return PlainJson.toString(document(r));
    }

    public static CompareResult read(String json) {
        try {
            return result(Reader.MAPPER.readTree(json));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new WorkbenchException("A stored comparison result cannot be read: " + e.getMessage(), e);
        }
    }

    private static CompareResult result(JsonNode n) throws JsonProcessingException {
        Map<String, FieldStats> fields = new LinkedHashMap<>();
        for (var e : n.path("fields").properties()) {
            fields.put(e.getKey(), Reader.MAPPER.treeToValue(e.getValue(), FieldStats.class));
        }
        List<Difference> samples = new ArrayList<>();
        for (JsonNode s : n.path("samples")) {
            samples.add(Reader.MAPPER.treeToValue(s, Difference.class));
        }
        List<FileComparison> files = new ArrayList<>();
        for (JsonNode f : n.path("files")) {
            Optional<CompareResult> r = f.has("result") ? Optional.of(result(f.get("result"))) : Optional.empty();
            files.add(new FileComparison(f.path("path").asText(), FileComparison.Status.valueOf(
                    f.path("status").asText().toUpperCase(Locale.ROOT)), r,
                    f.has("error") ? Optional.of(f.get("error").asText()) : Optional.empty()));
        }
        List<String> notes = new ArrayList<>();
        n.path("notes").forEach(x -> notes.add(x.asText()));
        return new CompareResult(ComparedAs.valueOf(n.path("format").asText().toUpperCase(Locale.ROOT)),
                n.path("oldCount").asLong(), n.path("newCount").asLong(), n.path("added").asLong(),
                n.path("removed").asLong(), n.path("changed").asLong(), n.path("changedFields").asLong(),
                n.path("tolerated").asLong(), n.path("ignored").asLong(), n.path("accepted").asLong(),
                n.path("duplicates").asLong(), fields, samples, files, notes, n.path("inputDigest").asText());
    }
}
