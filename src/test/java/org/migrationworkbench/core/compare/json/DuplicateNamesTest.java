package org.migrationworkbench.core.compare.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.migrationworkbench.core.compare.json.JsonCompareFixture.json;
import static org.migrationworkbench.core.compare.json.JsonCompareFixture.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.compare.CompareOptions;

/**
 * An object naming a member twice is refused with file, line and column by both readers: {@code {"a":1,"a":2}}
 * against {@code {"a":2}} was identical, with no warning, because the last value won. RFC 8259 leaves open which
 * value counts, so the comparison does not guess.
 */
class DuplicateNamesTest {
    @TempDir
    Path dir;

    private JsonCompareFixture run(String oldText, String newText, CompareOptions options, boolean bytes) {
        Path a = write(dir.resolve("old.json"), oldText);
        Path b = write(dir.resolve("new.json"), newText);
        return JsonCompareFixture.files(a, b, options, new JsonComparator(Long.MAX_VALUE / 4, bytes));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void singleObjectWithADuplicateNameIsRefused(boolean bytes) {
        assertThatThrownBy(() -> run("{\"a\": 1, \"a\": 2}", "{\"a\": 2}", json(), bytes))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageStartingWith(dir.resolve("old.json") + ":1:")
                .hasMessageContaining("the member name 'a' occurs twice in one object");
    }

    @Test
    void duplicateNamesInRecordsAreRefusedWithTheSameMessageByBothReaders() {
        String old = "[{\"id\": 1, \"v\": 1},\n {\"id\": 2, \"n\": {\"x\": 1, \"y\": 2, \"x\": 3}}]";
        CompareOptions options = json().withKeys(List.of("id"));

        String fast = refusal(() -> run(old, "[{\"id\": 1, \"v\": 1}]", options, true));
        String jackson = refusal(() -> run(old, "[{\"id\": 1, \"v\": 1}]", options, false));

        assertThat(fast).isEqualTo(jackson).startsWith(dir.resolve("old.json") + ":2:").contains("'x' occurs twice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[{\"id\": 1, \"skip\": {\"k\": 1, \"k\": 1}}]", "[{\"id\": 1, \"a\": 1, \"\\u0061\": 1}]",
        "[{\"id\": 1, \"m\": {\"a\": 1, \"b\": 2, \"c\": 3, \"d\": 4, \"e\": 5, \"f\": 6, \"g\": 7, \"h\": 8,"
            + " \"i\": 9, \"j\": 10, \"c\": 11}}]"})
    void duplicatesInIgnoredPartsEscapedOrInLargeObjectsAreRefusedByBothReaders(String old) {
        CompareOptions options = json().withKeys(List.of("id")).withIgnore(List.of("$.skip"));

        assertThatThrownBy(() -> run(old, "[{\"id\": 1}]", options, true)).hasMessageContaining("occurs twice");
        assertThatThrownBy(() -> run(old, "[{\"id\": 1}]", options, false)).hasMessageContaining("occurs twice");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theSameNameInDifferentObjectsIsNoDuplicate(boolean bytes) {
        String text = "[{\"id\": 1, \"a\": {\"a\": {\"a\": 1}}, \"b\": [{\"a\": 1}, {\"a\": 2}], \"c\": {\"a\": 3}}]";

        assertThat(run(text, text, json().withKeys(List.of("id")), bytes).result.identical()).isTrue();
    }

    private static String refusal(Runnable run) {
        try {
            run.run();
        } catch (WorkbenchException e) {
            return e.getMessage();
        }
        throw new AssertionError("not refused");
    }
}
