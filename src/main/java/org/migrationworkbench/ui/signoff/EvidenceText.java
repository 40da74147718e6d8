package org.migrationworkbench.ui.signoff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migrationworkbench.core.signoff.EvidenceChange;

/** Evidence snapshots and their changes in words, for people rather than as JSON. */
public final class EvidenceText {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One line of evidence.
     *
     * @param section {@code Checklists}, {@code Rules}, {@code Comparisons} or {@code Metrics}
     * @param name    the checklist, rule, comparison, metric (or {@code checklist/item} for a change)
     * @param value   its state in words
     */
    public record Line(String section, String name, String value) {
    }

    private EvidenceText() {
    }

    /** What a gate's snapshot covers, section by section; empty sections are left out. */
    public static List<Line> summary(String snapshotJson) {
        JsonNode doc = read(snapshotJson);
        List<Line> lines = new ArrayList<>();
        doc.path("checklists").fields().forEachRemaining(e -> lines.add(new Line("Checklists", e.getKey(),
                progress(e.getValue()))));
        doc.path("rules").fields().forEachRemaining(e -> lines.add(new Line("Rules", e.getKey(), rule(e.getValue()))));
        doc.path("comparisons").fields().forEachRemaining(e -> lines.add(new Line("Comparisons", e.getKey(),
                comparison(e.getValue()))));
        doc.path("metrics").fields().forEachRemaining(e -> lines.add(new Line("Metrics", e.getKey(),
                metric(e.getValue()))));
        return lines;
    }

    /** A change as "before → after" in words, under the section of its kind. */
    public static Line change(EvidenceChange change) {
        JsonNode before = change.before().map(EvidenceText::read).orElse(null);
        JsonNode after = change.after().map(EvidenceText::read).orElse(null);
        String section = switch (change.kind()) {
            case "item" -> "Checklist item";
            case "rule" -> "Rule result";
            case "comparison" -> "Comparison verdict";
            default -> "Metric";
        };
        return new Line(section, change.id(), word(change.kind(), before, "added") + " → "
                + word(change.kind(), after, "removed") + detail(change.kind(), before, after));
    }

    private static String word(String kind, JsonNode value, String absent) {
        if (value == null) {
            return "(" + absent + ")";
        }
        return switch (kind) {
            case "item" -> value.asText();
            case "rule" -> rule(value);
            case "comparison" -> comparison(value);
            default -> metric(value);
        };
    }

    /** Says so when the words are equal but the digest behind them differs. */
    private static String detail(String kind, JsonNode before, JsonNode after) {
        if (before == null || after == null || !(kind.equals("rule") || kind.equals("comparison"))) {
            return "";
        }
        boolean sameWords = word(kind, before, "").equals(word(kind, after, ""));
        return sameWords ? (kind.equals("rule") ? " (findings changed)" : " (result changed)") : "";
    }

    private static String progress(JsonNode items) {
        int total = 0;
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (JsonNode state : (Iterable<JsonNode>) items::elements) {
            total++;
            counts.merge(state.asText(), 1, Integer::sum);
        }
        StringBuilder text = new StringBuilder(counts.getOrDefault("done", 0) + " of " + total + " done");
        Optional.ofNullable(counts.get("blocked")).ifPresent(n -> text.append(" · ").append(n).append(" blocked"));
        Optional.ofNullable(counts.get("na")).ifPresent(n -> text.append(" · ").append(n).append(" n/a"));
        return text.toString();
    }

    private static String rule(JsonNode rule) {
        if (rule.isNull()) {
            return "not run";
        }
        return rule.path("status").asText() + (rule.path("waived").asBoolean() ? " (waived)" : "");
    }

    private static String comparison(JsonNode comparison) {
        if (comparison.isNull()) {
            return "not run";
        }
        return comparison.path("identical").asBoolean() ? "identical" : "different";
    }

    private static String metric(JsonNode metric) {
        String actual = metric.path("actual").isNull() ? "pending" : metric.path("actual").asText();
        return "target " + metric.path("target").asText() + " · actual " + actual;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode("(unreadable)");
        }
    }
}
