package org.migrationworkbench.core.compare.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.compare.TextOptions;

class TextDiffTest {
    @TempDir
    Path dir;

    @Test
    void linesAreReadByIndexAndEditsListTheHunks() throws IOException {
        Path oldFile = dir.resolve("old.txt");
        Path newFile = dir.resolve("new.txt");
        Files.writeString(oldFile, "a\r\nb\r\nc\r\nd");
        Files.writeString(newFile, "a\nB\nc\nd\ne\n");

        try (TextDiff diff = TextComparator.diff(oldFile, newFile, TextOptions.EXACT, Progress.NONE)) {
            assertThat(diff.oldLineCount()).isEqualTo(4);
            assertThat(diff.newLineCount()).isEqualTo(5);
            assertThat(diff.edits()).containsExactly(new Edit(1, 2, 1, 2), new Edit(4, 4, 4, 5));
            assertThat(diff.oldLine(3)).isEqualTo("d");
            assertThat(diff.oldLine(1)).isEqualTo("b");
            assertThat(diff.newLine(4)).isEqualTo("e");
            assertThatThrownBy(() -> diff.newLine(5)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void manyLinesAreReadAcrossCheckpointsInAnyOrder() throws IOException {
        Path oldFile = dir.resolve("old.txt");
        Path newFile = dir.resolve("new.txt");
        writeNumbered(oldFile, 5000, -1);
        writeNumbered(newFile, 5000, 2500);

        try (TextDiff diff = TextComparator.diff(oldFile, newFile, TextOptions.EXACT, Progress.NONE)) {
            assertThat(diff.edits()).containsExactly(new Edit(2500, 2501, 2500, 2501));
            for (int i : new int[] {4999, 0, 63, 64, 65, 2500, 1234}) {
                assertThat(diff.oldLine(i)).isEqualTo("line " + i);
            }
            assertThat(diff.newLine(2500)).isEqualTo("line 2500 new");
        }
    }

    private static void writeNumbered(Path file, int count, int changed) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                w.write("line " + i + (i == changed ? " new" : "") + "\n");
            }
        }
    }
}
