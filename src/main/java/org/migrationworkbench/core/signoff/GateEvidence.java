package org.migrationworkbench.core.signoff;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.Metric;
import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.core.model.Workspace;

/**
 * The canonical snapshot of what a phase gate covers, which a sign-off binds to: the item states of each gate
 * checklist, the latest result (status, digest) of each gate rule, the latest verdict (digest, identical) of each
 * gate comparison and the phase's metrics (target, actual). Compact JSON with keys sorted, so equal evidence
 * always gives equal text and digest; a rule or comparison never run is {@code null}.
 */
public final class GateEvidence {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final List<String> SECTIONS = List.of("checklists", "rules", "comparisons", "metrics");

    /** A snapshot and its digest. */
    public record Snapshot(String json, String digest) {
    }

    private GateEvidence() {
    }

    /** Today's evidence of {@code phase}'s gate in {@code workspace}. */
    public static Snapshot of(Workspace workspace, Phase phase, EvidenceSource source) {
        Map<String, Object> doc = new TreeMap<>();
        doc.put("gate", phase.id());
        Map<String, Object> checklists = new TreeMap<>();
        phase.gates().checklists().forEach(id -> checklists.put(id, new TreeMap<>(source.itemStates(id))));
        doc.put("checklists", checklists);
        Map<String, Object> rules = new TreeMap<>();
        phase.gates().rules().forEach(id -> rules.put(id, source.rule(id).map(GateEvidence::rule).orElse(null)));
        doc.put("rules", rules);
        Map<String, Object> comparisons = new TreeMap<>();
        phase.gates().comparisons().forEach(id -> comparisons.put(id,
                source.comparison(id).map(c -> Map.of("digest", c.digest(), "identical", c.identical()))
                        .orElse(null)));
        doc.put("comparisons", comparisons);
        Map<String, Object> metrics = new TreeMap<>();
        workspace.metrics().stream().filter(m -> m.phase().equals(Optional.of(phase.id())))
                .forEach(m -> metrics.put(m.name(), metric(m)));
        doc.put("metrics", metrics);
        String json = write(doc);
        return new Snapshot(json, ChainHash.digest(json));
    }

    private static Map<String, Object> rule(EvidenceSource.RuleEvidence r) {
        return Map.of("status", r.status(), "digest", r.digest(), "waived", r.waived());
    }

    private static Map<String, Object> metric(Metric m) {
        Map<String, Object> out = new TreeMap<>();
        out.put("target", m.target().text());
        out.put("actual", m.actual().orElse(null));
        return out;
    }

    private static String write(Object doc) {
        try {
            return JSON.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings always serialize", e);
        }
    }

    /**
     * What changed between a signed snapshot and today's, item by item, in section order (checklist items,
     * rules, comparisons, metrics).
     *
     * @throws WorkbenchException when a snapshot is not JSON (a tampered record)
     */
    public static List<EvidenceChange> changes(String signed, String today) {
        JsonNode before = read(signed);
        JsonNode after = read(today);
        List<EvidenceChange> changes = new ArrayList<>();
        for (String section : SECTIONS) {
            Map<String, JsonNode> was = flatten(section, before.path(section));
            Map<String, JsonNode> now = flatten(section, after.path(section));
            Map<String, Boolean> ids = new TreeMap<>();
            was.keySet().forEach(k -> ids.put(k, true));
            now.keySet().forEach(k -> ids.put(k, true));
            for (String id : ids.keySet()) {
                Optional<JsonNode> b = Optional.ofNullable(was.get(id));
                Optional<JsonNode> a = Optional.ofNullable(now.get(id));
                if (!b.equals(a)) {
                    changes.add(new EvidenceChange(kind(section), id, b.map(JsonNode::toString),
                            a.map(JsonNode::toString)));
                }
            }
        }
        return changes;
    }

    private static String kind(String section) {
        return section.equals("checklists") ? "item" : section.substring(0, section.length() - 1);
    }

    /** Entries of a section by id; checklist items as {@code checklist/item}. */
    private static Map<String, JsonNode> flatten(String section, JsonNode node) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (section.equals("checklists")) {
                e.getValue().fields().forEachRemaining(item -> out.put(e.getKey() + "/" + item.getKey(),
                        item.getValue()));
            } else {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new WorkbenchException("An evidence snapshot is not valid JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage(), e);
        }
    }
}
