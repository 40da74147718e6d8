package org.migrationworkbench.core.compare.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.migrationworkbench.core.compare.json.JsonCompareFixture.json;
import static org.migrationworkbench.core.compare.json.JsonCompareFixture.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.CancelledException;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.compare.CompareOptions;
import org.migrationworkbench.core.compare.Difference;
import org.migrationworkbench.core.compare.Difference.Kind;
import org.migrationworkbench.core.model.OutputFormat;
import org.migrationworkbench.core.model.Tolerance;
import org.migrationworkbench.testing.CountingProgress;

class JsonComparatorInputTest {
    @TempDir
    Path dir;

    private static Path generated(String name) throws URISyntaxException {
        return Path.of(JsonComparatorInputTest.class.getResource("/compare/generated/" + name).toURI());
    }

    private static CompareOptions benchOptions() {
        return json().withKeys(List.of("id")).withIgnore(List.of("$.generated_at"))
                .withTolerance(new Tolerance(1e-9, 0));
    }

    @Test
    void generatedSmallPairGivesTheExactCountsOfItsTruth() throws Exception {
        JsonNode truth = new ObjectMapper().readTree(generated("truth_json_small.json").toFile());
        var f = JsonCompareFixture.files(generated("json_small_old.json"), generated("json_small_new.json"),
                benchOptions(), new JsonComparator());
        assertThat(f.result.changed()).isEqualTo(truth.get("changed_records").asLong());
        assertThat(f.result.removed()).isEqualTo(truth.get("removed_records").asLong());
        assertThat(f.result.added()).isEqualTo(truth.get("added_records").asLong());
        assertThat(f.result.oldCount()).isEqualTo(truth.get("old_records").asLong());
        assertThat(f.result.newCount()).isEqualTo(truth.get("new_records").asLong());
        assertThat(f.result.tolerated()).isPositive();
        assertThat(f.result.identical()).isFalse();
        List<String> changedKeys = f.differences.stream().filter(d -> d.kind() == Kind.CHANGED).map(Difference::key)
                .sorted().toList();
        assertThat(changedKeys).containsExactly("ORD-000000277", "ORD-000000926", "ORD-000000981");
    }

    @Test
    void inputDigestFromTheSinglePassEqualsTheOneReadSeparately() throws Exception {
        Path old = generated("json_small_old.json");
        Path neu = generated("json_small_new.json");
        var result = org.migrationworkbench.core.compare.StandardComparators.create(java.time.Clock.systemUTC())
                .compare(old, neu, benchOptions(), d -> { }, Progress.NONE);
        assertThat(result.inputDigest()).isEqualTo(
                org.migrationworkbench.core.compare.InputDigest.of(old, neu, benchOptions()));
    }

    @Test
    void forcedSpillToDiskGivesTheSameResultAsInMemory() throws Exception {
        Path spill = Files.createDirectories(dir.resolve("spill"));
        var options = benchOptions().withSpillDirectory(spill);
        var memory = JsonCompareFixture.files(generated("json_small_old.json"), generated("json_small_new.json"),
                options, new JsonComparator());
        var spilled = JsonCompareFixture.files(generated("json_small_old.json"), generated("json_small_new.json"),
                options, new JsonComparator(4_096));
        assertThat(spilled.result.notes()).anyMatch(n -> n.contains("disk partitions"));
        assertThat(memory.result.notes()).noneMatch(n -> n.contains("disk partitions"));
        assertThat(sorted(spilled.differences)).isEqualTo(sorted(memory.differences));
        assertThat(spilled.result.tolerated()).isEqualTo(memory.result.tolerated());
        assertThat(spilled.result.ignored()).isEqualTo(memory.result.ignored());
        try (Stream<Path> left = Files.list(spill)) {
            assertThat(left).as("spill files are deleted").isEmpty();
        }
    }

    @Test
    void spilledDuplicatesAndPositionsStayCorrect() {
        Path spill = dir.resolve("spill");
        var options = json().withSpillDirectory(spill);
        StringBuilder a = new StringBuilder("[");
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < 3000; i++) {
            a.append(i == 0 ? "" : ",").append("{\"v\":").append(i).append('}');
            b.append(i == 0 ? "" : ",").append("{\"v\":").append(i == 1234 ? -1 : i).append('}');
        }
        var f = JsonCompareFixture.files(JsonCompareFixture.write(dir.resolve("a.json"), a + "]"),
                JsonCompareFixture.write(dir.resolve("b.json"), b + "]"), options, new JsonComparator(1_000));
        assertThat(f.only().key()).isEqualTo("#1234");
        assertThat(f.result.notes()).anyMatch(n -> n.contains("disk partitions"));
    }

    private static List<String> sorted(List<Difference> ds) {
        return ds.stream().map(Difference::toString).sorted(Comparator.naturalOrder()).toList();
    }

    @Test
    void jsonLinesAreOneRecordPerLineWithLineNumbers() {
        var options = CompareOptions.defaults().withFormat(OutputFormat.JSONL).withKeys(List.of("id"));
        var f = texts(dir, "{\"id\":1,\"v\":1}\n{\"id\":2,\"v\":2}\n\n{\"id\":3,\"v\":3}\n",
                "{\"id\":3,\"v\":3}\n{\"id\":2,\"v\":20}\n{\"id\":1,\"v\":1}\n", options);
        var d = f.only();
        assertThat(d.key()).isEqualTo("2");
        assertThat(d.oldLine()).isEqualTo(2);
        assertThat(d.newLine()).isEqualTo(2);
        assertThat(f.result.oldCount()).isEqualTo(3);
    }

    @Test
    void recordsOfATopLevelArrayKnowTheLineTheyStartOn() {
        var f = texts(dir, "[\n  {\"id\": 1},\n  {\"id\": 2}\n]\n", "[\n{\"id\": 1}]", json().withKeys(List.of("id")));
        assertThat(f.only().kind()).isEqualTo(Kind.REMOVED);
        assertThat(f.only().oldLine()).isEqualTo(3);
    }

    @Test
    void malformedJsonNamesFileLineAndColumn() {
        assertThatThrownBy(() -> texts(dir, "[\n {\"id\": 1},\n {\"id\" 2}\n]", "[]", json()))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining(dir.resolve("old.json") + ":3:")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void unclosedTopLevelArrayIsBadInput() {
        assertThatThrownBy(() -> texts(dir, "[]", "[{\"id\":1}", json()))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining(dir.resolve("new.json") + ":1:");
    }

    @Test
    void recordWithoutItsKeyIsBadInputWithItsPlace() {
        assertThatThrownBy(() -> texts(dir, "[{\"id\":1},\n{\"name\":\"x\"}]", "[]", json().withKeys(List.of("id"))))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining(dir.resolve("old.json") + ":2:")
                .hasMessageContaining("no key field 'id'");
    }

    @Test
    void listOfRecordsAgainstOneObjectIsBadInput() {
        assertThatThrownBy(() -> texts(dir, "[{\"id\":1}]", "{\"id\":1}", json()))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("a list of records");
    }

    @Test
    void cancelledComparisonStopsWithCancelledException() throws Exception {
        Progress cancelled = CountingProgress.cancelled();
        assertThatThrownBy(() -> JsonCompareFixture.files(generated("json_small_old.json"),
                generated("json_small_new.json"), benchOptions(), new JsonComparator(), cancelled))
                .isInstanceOf(CancelledException.class);
    }

    @Test
    void progressCountsEveryByteOfBothFiles() throws Exception {
        CountingProgress counting = CountingProgress.counting();
        JsonCompareFixture.files(generated("json_small_old.json"), generated("json_small_new.json"), benchOptions(),
                new JsonComparator(), counting);
        assertThat(counting.total()).isEqualTo(Files.size(generated("json_small_old.json"))
                + Files.size(generated("json_small_new.json")));
        assertThat(counting.worked()).isBetween(counting.total() - 4, counting.total());
    }

    @Test
    void unsupportedPathSyntaxIsExplained() {
        assertThatThrownBy(() -> texts(dir, "[]", "[]", json().withIgnore(List.of("$.items[?(@.x)]"))))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("'$.items[?(@.x)]'");
    }

    @Test
    void emptyFilesHoldNoRecords() throws IOException {
        var f = texts(dir, "", "", json());
        assertThat(f.result.identical()).isTrue();
    }
}
