package org.migrationworkbench.core.compare.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationworkbench.core.compare.json.JsonCompareFixture.json;
import static org.migrationworkbench.core.compare.json.JsonCompareFixture.texts;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.compare.Difference.Kind;
import org.migrationworkbench.core.compare.FieldChange;
import org.migrationworkbench.core.model.Tolerance;

class JsonComparatorTest {
    @TempDir
    Path dir;

    @Test
    void memberOrderDoesNotMatter() {
        var f = texts(dir, "{\"a\":1,\"b\":{\"x\":true,\"y\":[1,2]}}", "{\"b\":{\"y\":[1,2],\"x\":true},\"a\":1}", json());
        assertThat(f.result.identical()).isTrue();
        assertThat(f.result.oldCount()).isEqualTo(1);
    }

    @Test
    void wholeValuedNumbersEqualTheirIntegerForm() {
        var f = texts(dir, "{\"a\":10.0,\"b\":1e2,\"c\":0.50,\"d\":-0.0}", "{\"a\":10,\"b\":100,\"c\":0.5,\"d\":0}", json());
        assertThat(f.result.identical()).isTrue();
        assertThat(f.result.tolerated()).isZero();
    }

    @Test
    void topLevelObjectIsOneRecordWithKeyDollarAndOneChangePerLeaf() {
        var f = texts(dir, "{\"a\":{\"b\":1,\"c\":\"x\"},\"gone\":[1]}", "{\"a\":{\"b\":2,\"c\":\"x\"},\"new\":null}", json());
        var d = f.only();
        assertThat(d.kind()).isEqualTo(Kind.CHANGED);
        assertThat(d.key()).isEqualTo("$");
        assertThat(d.fields()).containsExactly(new FieldChange("$.a.b", "1", "2"),
                new FieldChange("$.gone", "[1]", ""), new FieldChange("$.new", "", "null"));
        assertThat(f.result.changedFields()).isEqualTo(3);
    }

    @Test
    void differenceExactlyAtTheAbsoluteToleranceIsToleratedJustAboveIsChanged() {
        var options = json().withTolerance(new Tolerance(0.1, 0));
        var at = texts(dir, "[{\"v\":1.0}]", "[{\"v\":1.1}]", options);
        assertThat(at.result.identical()).isTrue();
        assertThat(at.result.tolerated()).isEqualTo(1);
        assertThat(at.result.fields().get("$.v").tolerated()).isEqualTo(1);

        var above = texts(dir, "[{\"v\":1.0}]", "[{\"v\":1.1000001}]", options);
        assertThat(above.only().fields()).containsExactly(new FieldChange("$.v", "1.0", "1.1000001"));
        assertThat(above.result.tolerated()).isZero();
    }

    @Test
    void relativeToleranceScalesWithTheLargerValue() {
        var options = json().withTolerance(new Tolerance(0, 0.01));
        assertThat(texts(dir, "[{\"v\":100}]", "[{\"v\":101}]", options).result.tolerated()).isEqualTo(1);
        assertThat(texts(dir, "[{\"v\":100}]", "[{\"v\":101.5}]", options).result.changed()).isEqualTo(1);
    }

    @Test
    void fieldToleranceAppliesToThatFieldOnly() {
        var options = json().withFieldTolerances(Map.of("$.items[*].price", new Tolerance(0.5, 0)));
        var f = texts(dir, "{\"items\":[{\"price\":10,\"qty\":1}]}", "{\"items\":[{\"price\":10.4,\"qty\":1.1}]}", options);
        assertThat(f.only().fields()).containsExactly(new FieldChange("$.items[0].qty", "1", "1.1"));
        assertThat(f.result.fields().get("$.items[*].price").tolerated()).isEqualTo(1);
    }

    @Test
    void ignorePathsHideValuesAndCountThem() {
        var options = json().withIgnore(List.of("$.generated_at", "$..trace_id", "$.items[*].eta"));
        var f = texts(dir,
                "[{\"generated_at\":1,\"a\":{\"trace_id\":\"x\",\"b\":{\"trace_id\":1}},\"items\":[{\"eta\":1,\"n\":1},{\"eta\":2,\"n\":2}]}]",
                "[{\"generated_at\":2,\"a\":{\"trace_id\":\"y\",\"b\":{\"trace_id\":3}},\"items\":[{\"eta\":5,\"n\":1},{\"n\":2}]}]",
                options);
        assertThat(f.result.identical()).isTrue();
        assertThat(f.result.ignored()).isEqualTo(1 + 2 + 2);
        assertThat(f.result.fields().get("$..trace_id").ignored()).isEqualTo(2);
    }

    @Test
    void ignoredPathStillHidesAChangeBesideARealOne() {
        var f = texts(dir, "[{\"t\":1,\"v\":1}]", "[{\"t\":2,\"v\":2}]", json().withIgnore(List.of("$[*].t")));
        assertThat(f.only().fields()).containsExactly(new FieldChange("$.v", "1", "2"));
    }

    @Test
    void recordsArePairedByKeyWhateverTheirOrder() {
        var f = texts(dir, "[{\"id\":1,\"v\":\"a\"},{\"id\":2,\"v\":\"b\"},{\"id\":3,\"v\":\"c\"}]",
                "[{\"id\":3,\"v\":\"c\"},{\"id\":4,\"v\":\"d\"},{\"id\":1.0,\"v\":\"A\"}]", json().withKeys(List.of("id")));
        assertThat(f.differences).extracting(d -> d.kind() + " " + d.key())
                .containsExactlyInAnyOrder("CHANGED 1", "REMOVED 2", "ADDED 4");
        var removed = f.differences.stream().filter(d -> d.kind() == Kind.REMOVED).findFirst().orElseThrow();
        assertThat(removed.oldLines()).containsExactly("{\"id\":2,\"v\":\"b\"}");
        assertThat(f.result.oldCount()).isEqualTo(3);
    }

    @Test
    void compositeAndNestedKeysJoinWithBar() {
        var options = json().withKeys(List.of("order.id", "line"));
        var f = texts(dir, "[{\"order\":{\"id\":\"A\"},\"line\":1,\"q\":1},{\"order\":{\"id\":\"A\"},\"line\":2,\"q\":1}]",
                "[{\"line\":2,\"order\":{\"id\":\"A\"},\"q\":5},{\"line\":1,\"order\":{\"id\":\"A\"},\"q\":1}]", options);
        assertThat(f.only().key()).isEqualTo("A|2");
        assertThat(f.only().fields()).containsExactly(new FieldChange("$.q", "1", "5"));
    }

    @Test
    void withoutKeysRecordsAreComparedByPosition() {
        var f = texts(dir, "[{\"v\":1},{\"v\":2}]", "[{\"v\":2},{\"v\":1},{\"v\":3}]", json());
        assertThat(f.differences).extracting(d -> d.kind() + " " + d.key())
                .containsExactlyInAnyOrder("CHANGED #0", "CHANGED #1", "ADDED #2");
    }

    @Test
    void arraysCompareInOrderUnlessDeclaredAsSets() {
        String a = "{\"tags\":[\"x\",\"y\"],\"items\":[{\"sku\":\"A\",\"q\":1},{\"sku\":\"B\",\"q\":2}]}";
        String b = "{\"tags\":[\"y\",\"x\"],\"items\":[{\"sku\":\"B\",\"q\":3},{\"sku\":\"A\",\"q\":1}]}";
        var inOrder = texts(dir, a, b, json());
        assertThat(inOrder.only().fields()).hasSize(2 + 4);

        var sets = texts(dir, a, b, json().withArrayKeys(Map.of("$.tags", "", "$.items", "sku")));
        assertThat(sets.only().fields()).containsExactly(new FieldChange("$.items[1].q", "2", "3"));
    }

    @Test
    void setElementsWithoutPartnerShowAtTheirIndex() {
        var f = texts(dir, "{\"tags\":[\"x\",\"y\"]}", "{\"tags\":[\"y\",\"z\",\"x\"]}",
                json().withArrayKeys(Map.of("$.tags", "")));
        assertThat(f.only().fields()).containsExactly(new FieldChange("$.tags[1]", "", "\"z\""));
    }

    @Test
    void aKeyTwiceOnASideIsADuplicateAndNotPaired() {
        var f = texts(dir, "[{\"id\":\"a\",\"v\":1},{\"id\":\"a\",\"v\":2},{\"id\":\"b\"}]",
                "[{\"id\":\"a\",\"v\":1},{\"id\":\"b\"}]", json().withKeys(List.of("id")));
        var d = f.only();
        assertThat(d.kind()).isEqualTo(Kind.DUPLICATE);
        assertThat(d.oldLines()).containsExactly("{\"id\":\"a\",\"v\":1}", "{\"id\":\"a\",\"v\":2}");
        assertThat(d.newLines()).isEmpty();
        assertThat(f.result.duplicates()).isEqualTo(1);
        assertThat(f.result.identical()).isFalse();
    }

    @Test
    void emptyArraysAreIdentical() {
        var f = texts(dir, "[]", " [ ]\n", json().withKeys(List.of("id")));
        assertThat(f.result.identical()).isTrue();
        assertThat(f.result.oldCount()).isZero();
    }

    @Test
    void recordTextIsCutAfterTwoKilobytes() {
        String big = "{\"id\":1,\"s\":\"" + "x".repeat(5000) + "\"}";
        var f = texts(dir, "[]", "[" + big + "]", json().withKeys(List.of("id")));
        assertThat(f.only().newLines().get(0)).hasSize(RecordSource.TEXT_LIMIT + 1).endsWith("…");
    }
}
