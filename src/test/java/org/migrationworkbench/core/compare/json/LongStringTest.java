package org.migrationworkbench.core.compare.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.migrationworkbench.core.compare.json.JsonCompareFixture.json;
import static org.migrationworkbench.core.compare.json.JsonCompareFixture.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.compare.InputLimits;

/**
 * A string or member name longer than {@link InputLimits#LONGEST_ITEM} is refused with file, line and column (a
 * 1 GB string ended in an OutOfMemoryError, or a NegativeArraySizeException in the byte reader); shorter ones of
 * some megabytes compare, with either reader.
 */
class LongStringTest {
    @TempDir
    Path dir;

    private static JsonCompareFixture run(Path a, Path b, boolean bytes) {
        return JsonCompareFixture.files(a, b, json().withKeys(List.of("id")),
                new JsonComparator(Long.MAX_VALUE / 4, bytes));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void stringLongerThanTheBoundIsRefusedNamingFileLineAndColumn(boolean bytes) {
        Path a = write(dir.resolve("a.json"), "[{\"id\": 1,\n \"v\": \"" + "x".repeat(InputLimits.LONGEST_ITEM + 1)
                + "\"}]");
        Path b = write(dir.resolve("b.json"), "[{\"id\": 1, \"v\": \"x\"}]");

        assertThatThrownBy(() -> run(a, b, bytes)).isInstanceOf(WorkbenchException.class)
                .hasMessageStartingWith(a + ":2:7: a string is longer than 16,777,216 characters");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void stringsAndNamesOfSomeMegabytesStillCompare(boolean bytes) {
        String big = "z".repeat(6 << 20);
        String name = "n".repeat(100_000);
        Path a = write(dir.resolve("a.json"), "[{\"id\": 1, \"" + name + "\": 1, \"v\": \"" + big + "a\"}]");
        Path b = write(dir.resolve("b.json"), "[{\"id\": 1, \"" + name + "\": 2, \"v\": \"" + big + "b\"}]");

        JsonCompareFixture f = run(a, b, bytes);

        assertThat(f.only().fields()).extracting(c -> c.path().length()).containsExactly(name.length() + 2, 3);
        assertThat(f.only().fields().get(1).newValue()).startsWith("\"zzz").endsWith("…");
    }
}
