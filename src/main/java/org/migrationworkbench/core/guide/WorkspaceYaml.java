package org.migrationworkbench.core.guide;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes the workbench.yaml of a workspace created from a guide (emitted by Jackson, so quoting is right). */
final class WorkspaceYaml {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private WorkspaceYaml() {
    }

    /** The document for a new workspace holding one checklist; {@code notes} collects what was left out. */
    static String create(Guide guide, String name, String checklistId, String checklistFile, LocalDate today,
                         List<String> notes) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("name", name);
        doc.put("description", "Created from the guide " + checklistFile + ".");
        doc.put("target", ".");
        boolean weeks = guide.phases().stream().anyMatch(p -> p.weeks().isPresent());
        if (weeks) {
            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            doc.put("start", monday.toString());
            notes.add("week 1 of the plan starts on " + monday + " (this week's Monday); change 'start' if needed");
        }
        doc.put("phases", phases(guide, checklistId, notes));
        doc.put("checklists", List.of(Map.of("id", checklistId, "file", checklistFile)));
        List<Map<String, Object>> metrics = metrics(guide, notes);
        if (!metrics.isEmpty()) {
            doc.put("metrics", metrics);
        }
        if (!guide.roles().isEmpty()) {
            doc.put("signoff", Map.of("roles", guide.roles()));
        }
        notes.add("target is '.'; point it at the git repository being migrated");
        try {
            return "# Created by Migration Workbench from " + checklistFile + "\n" + YAML.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write workbench.yaml", e);
        }
    }

    private static List<Map<String, Object>> phases(Guide guide, String checklistId, List<String> notes) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (guide.phases().isEmpty()) {
            Map<String, Object> only = new LinkedHashMap<>();
            only.put("id", "migration");
            only.put("title", guide.title().isBlank() ? "Migration" : guide.title());
            Map<String, Object> gates = new LinkedHashMap<>();
            gates.put("checklists", List.of(checklistId));
            if (!guide.roles().isEmpty()) {
                gates.put("signoffs", guide.roles());
            }
            only.put("gates", gates);
            out.add(only);
            return out;
        }
        Map<Integer, String> idsByNumber = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (PhaseHint hint : guide.phases()) {
            String id = uniqueId(hint, ids);
            ids.add(id);
            hint.number().ifPresent(n -> idsByNumber.putIfAbsent(n, id));
        }
        for (int i = 0; i < guide.phases().size(); i++) {
            out.add(phase(guide.phases().get(i), ids.get(i), idsByNumber, notes));
        }
        return out;
    }

    private static Map<String, Object> phase(PhaseHint hint, String id, Map<Integer, String> idsByNumber,
                                             List<String> notes) {
        Map<String, Object> phase = new LinkedHashMap<>();
        phase.put("id", id);
        phase.put("title", hint.title().isBlank() ? id : hint.title());
        hint.weeks().ifPresent(w -> phase.put("weeks", List.of(w.from(), w.to())));
        List<String> dependsOn = new ArrayList<>();
        for (int number : hint.dependsOn()) {
            Optional.ofNullable(idsByNumber.get(number)).filter(dep -> !dep.equals(id)).ifPresentOrElse(
                    dependsOn::add, () -> notes.add("phase '" + id + "' depends on phase " + number
                            + ", which the guide does not describe; dependency left out"));
        }
        if (!dependsOn.isEmpty()) {
            phase.put("depends_on", dependsOn);
        }
        hint.risk().ifPresent(r -> phase.put("risk", r.label()));
        hint.deliverable().ifPresent(d -> phase.put("description", d));
        return phase;
    }

    private static String uniqueId(PhaseHint hint, List<String> taken) {
        String slug = Slugs.of(hint.title(), 30);
        String base = hint.number().map(n -> "p" + n + (slug.isEmpty() ? "" : "-" + slug))
                .orElse(slug.isEmpty() ? "phase" : slug);
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static List<Map<String, Object>> metrics(Guide guide, List<String> notes) {
        List<Map<String, Object>> out = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (MetricRow row : guide.metrics()) {
            if (row.target().isEmpty()) {
                notes.add("metric '" + row.name() + "' (line " + row.line() + ") has no comparable target ('"
                        + row.targetText() + "'); not added");
                continue;
            }
            if (!names.add(row.name())) {
                continue;
            }
            Map<String, Object> metric = new LinkedHashMap<>();
            metric.put("name", row.name());
            metric.put("target", row.target().get().text());
            row.actual().ifPresent(a -> metric.put("actual", a));
            out.add(metric);
        }
        return out;
    }
}
