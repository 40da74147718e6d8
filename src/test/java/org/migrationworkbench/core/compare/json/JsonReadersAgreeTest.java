package org.migrationworkbench.core.compare.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.migrationworkbench.core.compare.json.JsonCompareFixture.json;
import static org.migrationworkbench.core.compare.json.JsonCompareFixture.write;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.compare.CompareOptions;
import org.migrationworkbench.core.compare.Difference.Kind;
import org.migrationworkbench.core.model.OutputFormat;
import org.migrationworkbench.core.model.Tolerance;

/**
 * The byte reader (first pass and full comparison) gives exactly what Jackson alone gives: the same counts, the
 * same differences in the same order, lines and texts; and input it does not handle still compares, through
 * Jackson.
 */
class JsonReadersAgreeTest {
    @TempDir
    Path dir;

    private static Path generated(String name) throws URISyntaxException {
        return Path.of(JsonReadersAgreeTest.class.getResource("/compare/generated/" + name).toURI());
    }

    private static JsonCompareFixture run(Path a, Path b, CompareOptions options, boolean bytes) {
        return JsonCompareFixture.files(a, b, options, new JsonComparator(Long.MAX_VALUE / 4, bytes));
    }

    private static void assertSame(Path a, Path b, CompareOptions options) {
        JsonCompareFixture fast = run(a, b, options, true);
        JsonCompareFixture jackson = run(a, b, options, false);
        assertThat(fast.differences).isEqualTo(jackson.differences);
        assertThat(fast.result).isEqualTo(jackson.result);
    }

    @Test
    void generatedSmallPairWithKeyIgnoreAndTolerance() throws Exception {
        var options = json().withKeys(List.of("id")).withIgnore(List.of("$.generated_at"))
                .withTolerance(new Tolerance(1e-9, 0));
        JsonCompareFixture fast = run(generated("json_small_old.json"), generated("json_small_new.json"), options,
                true);

        assertThat(fast.result.changed()).isEqualTo(3);
        assertThat(fast.result.tolerated()).isPositive();
        assertSame(generated("json_small_old.json"), generated("json_small_new.json"), options);
        assertSame(generated("json_small_old.json"), generated("json_small_new.json"), json());
    }

    @Test
    void escapesUnicodeNumbersSetsAndDuplicates() {
        Path a = write(dir.resolve("a.json"), """
                [{"id": "caf\\u00e9", "v": 10.0, "tags": ["x", "y"], "s": "a\\"b"},
                 {"id": "dup", "v": 1}, {"id": "dup", "v": 2},
                 {"id": "π", "v": 1e2, "nested": {"k": [1, {"z": null}]}},
                 {"id": "gone", "v": true}]
                """);
        Path b = write(dir.resolve("b.json"), """
                [
                  {"s": "a\\u0022b", "tags": ["y", "x"], "v": 10, "id": "café"},
                  {"id": "\\u03c0", "v": 100, "nested": {"k": [1, {"z": false}]}},
                  {"id": "dup", "v": 1},
                  {"id": "new", "v": false}
                ]
                """);
        var options = json().withKeys(List.of("id")).withArrayKeys(Map.of("$.tags", "$"));

        JsonCompareFixture fast = run(a, b, options, true);

        assertThat(fast.differences).extracting(d -> d.kind() + " " + d.key()).containsExactlyInAnyOrder(
                "CHANGED π", "DUPLICATE dup", "REMOVED gone", "ADDED new");
        assertSame(a, b, options);
    }

    @Test
    void jsonLinesWithCrLfAndNumericKeys() {
        Path a = write(dir.resolve("a.jsonl"), "{\"id\": 1.50, \"v\": 1}\r\n{\"id\": 2, \"v\": 2}\r\n\r\n{\"id\": 3}\r\n");
        Path b = write(dir.resolve("b.jsonl"), "{\"id\": 3}\n{\"id\": 1.5, \"v\": 1}\n{\"id\": 2, \"v\": 20}\n");
        var options = CompareOptions.defaults().withFormat(OutputFormat.JSONL).withKeys(List.of("id"));

        assertThat(run(a, b, options, true).only().oldLine()).isEqualTo(2);
        assertSame(a, b, options);
    }

    @Test
    void inputTheByteReaderLeavesToJacksonStillCompares() {
        Path bom = write(dir.resolve("bom.json"), "\uFEFF[{\"id\": 1, \"v\": 1}]");
        Path single = write(dir.resolve("single.json"), "{\"id\": 1, \"v\": 2}");
        Path plain = write(dir.resolve("plain.json"), "[{\"id\": 1, \"v\": 2}]");

        assertThat(run(bom, plain, json().withKeys(List.of("id")), true).only().kind()).isEqualTo(Kind.CHANGED);
        assertSame(bom, plain, json().withKeys(List.of("id")));
        assertThat(run(single, single, json(), true).result.identical()).isTrue();
    }

    @Test
    void malformedInputIsReportedWithJacksonsPlace() {
        Path good = write(dir.resolve("good.json"), "[{\"id\": 1}]");
        Path bad = write(dir.resolve("bad.json"), "[{\"id\": 1},\n {\"id\": 2,}]");

        assertThatThrownBy(() -> run(good, bad, json().withKeys(List.of("id")), true))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageStartingWith(bad + ":2:");
    }
}
