package org.migrationworkbench.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The old and new outputs differ exactly as the parallel-run checklist says they do. */
class SampleOutputsTest {
    @TempDir
    static Path workspace;

    @BeforeAll
    static void copy() throws Exception {
        try (BundledSample bundle = BundledSample.open(SampleOutputsTest.class.getClassLoader())) {
            Trees.copy(bundle.workspace(), workspace);
        }
    }

    @Test
    void scoresDifferInOneRecordBeyondTheToleranceAndOneWithin() throws Exception {
        JsonNode old = read("outputs/old/scores.json");
        JsonNode changed = read("outputs/new/scores.json");
        assertThat(old.get("generated_at")).isNotEqualTo(changed.get("generated_at"));
        Map<String, JsonNode> before = byKey(old.get("records"), "id");
        Map<String, JsonNode> after = byKey(changed.get("records"), "id");
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(before.keySet()).hasSize(30);

        List<String> real = new ArrayList<>();
        List<String> noise = new ArrayList<>();
        before.forEach((id, record) -> {
            for (Iterator<String> fields = record.fieldNames(); fields.hasNext();) {
                String field = fields.next();
                JsonNode a = record.get(field);
                JsonNode b = after.get(id).get(field);
                if (!a.equals(b)) {
                    boolean within = a.isNumber() && Math.abs(a.asDouble() - b.asDouble()) <= 1e-9;
                    (within ? noise : real).add(id + "." + field);
                }
            }
        });
        assertThat(real).containsExactly("OPP-25720.score");
        assertThat(noise).containsExactly("OPP-25863.score");
    }

    @Test
    void summaryIsReorderedWithOneRealDifference() throws Exception {
        List<String> old = Files.readAllLines(workspace.resolve("outputs/old/summary.csv"));
        List<String> changed = Files.readAllLines(workspace.resolve("outputs/new/summary.csv"));
        assertThat(old.get(0)).isEqualTo(changed.get(0));
        assertThat(old).hasSize(21).isNotEqualTo(changed);

        Map<String, String> before = rows(old);
        Map<String, String> after = rows(changed);
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(before.keySet());
        List<String> different = before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k))).toList();
        assertThat(different).containsExactly("EMEA-Nordics");
    }

    private static JsonNode read(String path) throws Exception {
        return new ObjectMapper().readTree(workspace.resolve(path).toFile());
    }

    private static Map<String, JsonNode> byKey(JsonNode records, String key) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        records.forEach(r -> map.put(r.get(key).asText(), r));
        return map;
    }

    private static Map<String, String> rows(List<String> csv) {
        Map<String, String> map = new LinkedHashMap<>();
        csv.subList(1, csv.size()).forEach(line -> map.put(line.substring(0, line.indexOf(',')), line));
        return map;
    }
}
