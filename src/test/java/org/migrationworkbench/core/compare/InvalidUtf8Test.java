package org.migrationworkbench.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.OutputFormat;

/**
 * Bytes that are not UTF-8 never compare equal to other bytes: decoding replaced both {@code \xff} and
 * {@code \xfe} by U+FFFD, and CSV cells (and normalized text lines) then compared equal. JSON refuses them.
 */
class InvalidUtf8Test {
    @TempDir
    Path dir;

    private final List<Difference> differences = new ArrayList<>();

    /** {@code text} as bytes, each {@code ~XX} written as the byte 0xXX. */
    private static byte[] bytes(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '~') {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(text.charAt(i)).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private CompareResult compare(String name, String oldText, String newText, CompareOptions options)
            throws IOException {
        Path a = Files.write(dir.resolve("old-" + name), bytes(oldText));
        Path b = Files.write(dir.resolve("new-" + name), bytes(newText));
        differences.clear();
        return StandardComparators.create(Clock.systemUTC()).compare(a, b, options, differences::add, Progress.NONE);
    }

    @Test
    void csvCellsWithDifferentInvalidBytesDiffer() throws IOException {
        CompareResult r = compare("a.csv", "id,v\n1,a~ff\n2,b\n", "id,v\n1,a~fe\n2,b\n",
                CompareOptions.defaults().withKeys(List.of("id")));

        assertThat(r.identical()).isFalse();
        assertThat(differences).singleElement().satisfies(d -> {
            assertThat(d.key()).isEqualTo("1");
            assertThat(d.fields()).singleElement().extracting(FieldChange::path).isEqualTo("v");
            assertThat(d.fields().get(0).oldValue()).isEqualTo("a\uFFFD");
        });
        assertThat(r.notes()).anyMatch(n -> n.contains("not valid UTF-8"));
    }

    @Test
    void csvInvalidBytesEqualToAValidReplacementCharacterDiffer() throws IOException {
        CompareResult r = compare("b.csv", "id,v\n1,~ff\n", "id,v\n1,\uFFFD\n",
                CompareOptions.defaults().withKeys(List.of("id")));

        assertThat(r.changed()).isEqualTo(1);
    }

    @Test
    void csvSameInvalidBytesStillCompareEqual() throws IOException {
        assertThat(compare("c.csv", "id,v,w\n1,~ff,x\n", "id,w,v\n1,x,~ff\n",
                CompareOptions.defaults().withKeys(List.of("id"))).identical()).isTrue();
    }

    @Test
    void normalizedTextLinesWithDifferentInvalidBytesDiffer() throws IOException {
        CompareOptions ignoreCase = CompareOptions.defaults().withFormat(OutputFormat.TEXT)
                .withText(new TextOptions(false, true, false, List.of()));

        assertThat(compare("a.txt", "x\n~ffA\n", "x\n~feA\n", ignoreCase).changed()).isEqualTo(1);
        assertThat(compare("b.txt", "x\n~ffA\n", "x\n~ffa\n", ignoreCase).identical()).isTrue();
        assertThat(compare("c.txt", "x\n~ff\n", "x\n\uFFFD\n", ignoreCase).changed()).isEqualTo(1);
    }

    @Test
    void exactTextLinesWithDifferentInvalidBytesDiffer() throws IOException {
        assertThat(compare("d.txt", "~ff\n", "~fe\n", CompareOptions.defaults().withFormat(OutputFormat.TEXT))
                .changed()).isEqualTo(1);
    }

    @Test
    void jsonWithInvalidBytesIsRefusedNamingThePlace() {
        assertThatThrownBy(() -> compare("a.json", "[{\"id\": 1, \"v\": \"~ff\"}]", "[{\"id\": 1, \"v\": \"~fe\"}]",
                CompareOptions.defaults().withKeys(List.of("id"))))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageStartingWith(dir.resolve("old-a.json") + ":1:")
                .hasMessageContaining("Invalid UTF-8");
    }
}
