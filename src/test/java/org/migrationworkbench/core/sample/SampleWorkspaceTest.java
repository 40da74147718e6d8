package org.migrationworkbench.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled workbench.yaml follows docs/workspace-format.md to the letter. */
class SampleWorkspaceTest {
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "top", Set.of("name", "description", "target", "main_branch", "start", "phases", "checklists", "rules",
                    "comparisons", "metrics", "signoff"),
            "phase", Set.of("id", "title", "start", "end", "weeks", "depends_on", "risk", "owner", "description",
                    "gates"),
            "gates", Set.of("checklists", "rules", "comparisons", "signoffs"),
            "checklist", Set.of("id", "title", "file", "items", "phase"),
            "comparison", Set.of("id", "title", "old", "new", "format", "key", "ignore", "tolerance", "arrays", "text",
                    "rerun", "phase"),
            "metric", Set.of("name", "target", "actual", "phase"),
            "signoff", Set.of("roles"));
    private static final Set<String> RULE_COMMON = Set.of("id", "title", "kind", "phase", "category", "severity",
            "description");
    /** Per kind: required parameters ("a|b" means one of them) and optional ones. */
    private static final Map<String, List<Set<String>>> KINDS = Map.of(
            "path-exists", List.of(Set.of("paths"), Set.of()),
            "path-absent", List.of(Set.of("paths"), Set.of()),
            "moved", List.of(Set.of("from", "to"), Set.of("similar")),
            "pattern-absent", List.of(Set.of("pattern", "files"), Set.of("max")),
            "coverage", List.of(Set.of("report", "min"), Set.of("metric", "path")),
            "config-schema", List.of(Set.of("file", "schema"), Set.of()),
            "env-parity", List.of(Set.of("env", "example|required"), Set.of("forbidden")),
            "code-ref", List.of(Set.of("refs|guide"), Set.of()),
            "git", List.of(Set.of("check"), Set.of("branch", "into", "tag", "path", "days", "after")),
            "doc-present", List.of(Set.of("file", "headings"), Set.of()));
    private static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]*";

    @TempDir
    static Path workspace;
    private static JsonNode yaml;

    @BeforeAll
    static void read() throws Exception {
        try (BundledSample bundle = BundledSample.open(SampleWorkspaceTest.class.getClassLoader())) {
            Trees.copy(bundle.workspace(), workspace);
        }
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        yaml = mapper.readTree(workspace.resolve("workbench.yaml").toFile());
    }

    @Test
    void usesOnlyFieldsOfTheSchema() {
        assertFields(yaml, "top");
        yaml.get("phases").forEach(p -> {
            assertFields(p, "phase");
            if (p.has("gates")) {
                assertFields(p.get("gates"), "gates");
            }
        });
        yaml.get("checklists").forEach(c -> assertFields(c, "checklist"));
        yaml.get("comparisons").forEach(c -> assertFields(c, "comparison"));
        yaml.get("metrics").forEach(m -> assertFields(m, "metric"));
        assertFields(yaml.get("signoff"), "signoff");
    }

    @Test
    void rulesHaveExactlyTheParametersOfTheirKind() {
        yaml.get("rules").forEach(rule -> {
            List<Set<String>> kind = KINDS.get(rule.get("kind").asText());
            assertThat(kind).as("kind of %s", rule.get("id")).isNotNull();
            Set<String> allowed = new HashSet<>(RULE_COMMON);
            allowed.addAll(kind.get(1));
            for (String required : kind.get(0)) {
                List<String> names = List.of(required.split("\\|"));
                assertThat(names).as("%s needs %s", rule.get("id"), required).anyMatch(rule::has);
                allowed.addAll(names);
            }
            assertThat(names(rule)).as("fields of rule %s", rule.get("id")).isSubsetOf(allowed);
        });
    }

    @Test
    void idsAreValidAndUniqueAndEveryReferenceResolves() {
        Map<String, Set<String>> ids = new HashMap<>();
        for (String list : List.of("phases", "checklists", "rules", "comparisons")) {
            List<String> values = new ArrayList<>();
            yaml.get(list).forEach(n -> values.add(n.get("id").asText()));
            assertThat(values).as(list).doesNotHaveDuplicates().allMatch(id -> id.matches(ID));
            ids.put(list, Set.copyOf(values));
        }
        Set<String> roles = new HashSet<>();
        yaml.get("signoff").get("roles").forEach(r -> roles.add(r.asText()));
        for (JsonNode phase : yaml.get("phases")) {
            phase.path("depends_on").forEach(d -> assertThat(ids.get("phases")).contains(d.asText()));
            JsonNode gates = phase.path("gates");
            for (String list : List.of("checklists", "rules", "comparisons")) {
                gates.path(list).forEach(id -> assertThat(ids.get(list)).contains(id.asText()));
            }
            gates.path("signoffs").forEach(role -> assertThat(roles).contains(role.asText()));
        }
        for (String list : List.of("checklists", "rules", "comparisons", "metrics")) {
            yaml.get(list).forEach(n -> {
                if (n.has("phase")) {
                    assertThat(ids.get("phases")).contains(n.get("phase").asText());
                }
            });
        }
    }

    @Test
    void phasesFormNoCycleAndFitTheTenWeeks() {
        Map<String, JsonNode> phases = new HashMap<>();
        yaml.get("phases").forEach(p -> phases.put(p.get("id").asText(), p));
        LocalDate start = LocalDate.parse(yaml.get("start").asText());
        LocalDate last = start;
        for (JsonNode phase : phases.values()) {
            assertThat(reachesItself(phase.get("id").asText(), phase, phases, new HashSet<>())).isFalse();
            if (phase.has("weeks")) {
                JsonNode weeks = phase.get("weeks");
                int from = weeks.isArray() ? weeks.get(0).asInt() : weeks.asInt();
                int to = weeks.isArray() ? weeks.get(1).asInt() : weeks.asInt();
                assertThat(from).isBetween(1, to);
                last = max(last, start.plusDays(7L * to - 1));
            } else {
                LocalDate end = LocalDate.parse(phase.get("end").asText());
                assertThat(end).isAfterOrEqualTo(LocalDate.parse(phase.get("start").asText()));
                last = max(last, end);
            }
        }
        assertThat(last).isEqualTo(start.plusWeeks(10).minusDays(1));
    }

    @Test
    void filesItNamesExistAndStaySmall() throws Exception {
        for (JsonNode checklist : yaml.get("checklists")) {
            if (checklist.has("file")) {
                Path file = workspace.resolve(checklist.get("file").asText());
                assertThat(Files.readAllLines(file)).hasSizeBetween(40, 120);
            }
        }
        for (JsonNode comparison : yaml.get("comparisons")) {
            for (String side : List.of("old", "new", "rerun")) {
                String spec = comparison.path(side).asText("");
                if (spec.isEmpty() || spec.startsWith("git:")) {
                    continue;
                }
                Path file = workspace.resolve(spec);
                assertThat(file).exists();
                try (var files = Files.walk(file)) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        assertThat(Files.size(f)).isLessThan(10_000);
                    }
                }
            }
        }
        yaml.get("metrics").forEach(m -> assertThat(m.get("target").asText())
                .matches("(<=|>=|<|>|≤|≥|=) ?\\$?[0-9][0-9,]*(\\.[0-9]+)? ?\\S*"));
    }

    private static boolean reachesItself(String id, JsonNode phase, Map<String, JsonNode> all, Set<String> seen) {
        for (JsonNode dependency : phase.path("depends_on")) {
            String next = dependency.asText();
            if (next.equals(id) || (seen.add(next) && reachesItself(id, all.get(next), all, seen))) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static void assertFields(JsonNode node, String type) {
        assertThat(names(node)).as("fields of %s %s", type, node.path("id").asText("")).isSubsetOf(FIELDS.get(type));
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
