package org.migrationworkbench.core.compare.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.compare.Normalizer;
import org.migrationworkbench.core.compare.TextOptions;

class LastLineDiffTest {
    @TempDir
    Path temp;

    private Path file(String name, String text) throws Exception {
        return Files.writeString(temp.resolve(name), text);
    }

    @Test
    void theSamePairWithTheSameOptionsReusesTheDiffJustComputed() throws Exception {
        Path a = file("a.txt", "one\ntwo\nthree\n");
        Path b = file("b.txt", "one\nTWO\nthree\n");
        TextOptions masked = new TextOptions(false, false, false, List.of(Normalizer.of("n", "\\d+", "#")));

        LineDiff first = LastLineDiff.of(a, b, masked, Progress.NONE);

        assertThat(LastLineDiff.of(a, b, new TextOptions(false, false, false,
                List.of(Normalizer.of("n", "\\d+", "#"))), Progress.NONE)).isSameAs(first);
        assertThat(LastLineDiff.of(a, b, TextOptions.EXACT, Progress.NONE)).isNotSameAs(first);
    }

    @Test
    void aFileChangedSinceIsDiffedAgainEvenWithTheSameSizeAndTime() throws Exception {
        Path a = file("a.txt", "one\ntwo\n");
        Path b = file("b.txt", "one\ntwo\n");
        LineDiff same = LastLineDiff.of(a, b, TextOptions.EXACT, Progress.NONE);
        assertThat(same.edits()).isEmpty();
        FileTime time = Files.getLastModifiedTime(b);

        Files.writeString(b, "one\nTWO\n");
        Files.setLastModifiedTime(b, time);

        LineDiff changed = LastLineDiff.of(a, b, TextOptions.EXACT, Progress.NONE);
        assertThat(changed).isNotSameAs(same);
        assertThat(changed.edits()).hasSize(1);
    }
}
