package org.migrationworkbench.core.signoff;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.migrationworkbench.core.model.Gates;
import org.migrationworkbench.core.model.Metric;
import org.migrationworkbench.core.model.MetricTarget;
import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.core.model.Risk;
import org.migrationworkbench.core.model.SignoffPolicy;
import org.migrationworkbench.core.model.Workspace;

/** A small workspace with gates and evidence held in maps that tests change. */
final class EvidenceFixture implements EvidenceSource {
    final Map<String, Map<String, String>> items = new HashMap<>();
    final Map<String, RuleEvidence> rules = new HashMap<>();
    final Map<String, ComparisonEvidence> comparisons = new HashMap<>();
    final Map<String, Map<String, String>> actors = new HashMap<>();

    EvidenceFixture() {
        items.put("c1", new LinkedHashMap<>(Map.of("freeze", "done", "backup", "open")));
        items.put("c2", new LinkedHashMap<>(Map.of("announce", "done")));
        rules.put("r1", new RuleEvidence("pass", "d-r1", false));
        comparisons.put("cmp", new ComparisonEvidence("d-cmp", true));
    }

    static Phase phase(String id, List<String> checklists, List<String> rules, List<String> comparisons) {
        return new Phase(id, "Phase " + id, Optional.empty(), Optional.empty(), List.of(), Risk.MEDIUM,
                Optional.empty(), Optional.empty(),
                new Gates(checklists, rules, comparisons, List.of("Technical Lead", "Product Owner")));
    }

    /** p1 covers c1 and r1; p2 covers c2 and cmp; p3 covers c1 again; a metric belongs to p2. */
    static Workspace workspace(Path root) {
        return new Workspace("ws", Optional.empty(), root, root.resolve("workbench.yaml"), root, "main",
                Optional.empty(), List.of(phase("p1", List.of("c1"), List.of("r1"), List.of()),
                phase("p2", List.of("c2"), List.of(), List.of("cmp")), phase("p3", List.of("c1"), List.of(),
                List.of())), List.of(), List.of(), List.of(),
                List.of(new Metric("latency", MetricTarget.parse("<= 7 s").orElseThrow(), Optional.of("5 s"),
                        Optional.of("p2"))),
                new SignoffPolicy(List.of("Technical Lead", "Product Owner")));
    }

    @Override
    public Map<String, String> itemStates(String checklistId) {
        return items.getOrDefault(checklistId, Map.of());
    }

    @Override
    public Map<String, String> completedBy(String checklistId) {
        return actors.getOrDefault(checklistId, Map.of());
    }

    @Override
    public Optional<RuleEvidence> rule(String ruleId) {
        return Optional.ofNullable(rules.get(ruleId));
    }

    @Override
    public Optional<ComparisonEvidence> comparison(String comparisonId) {
        return Optional.ofNullable(comparisons.get(comparisonId));
    }
}
