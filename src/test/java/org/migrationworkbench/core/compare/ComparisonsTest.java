package org.migrationworkbench.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.CancelledException;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.testing.CountingProgress;

/** The dispatcher: missing sides, binary files, folders and digests (with a test comparator for text). */
class ComparisonsTest {
    @TempDir
    Path dir;

    private final Comparisons comparisons = new Comparisons(Map.of(ComparedAs.TEXT, new LinesComparator()),
            Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));

    private Path write(String rel, String content) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    private CompareResult compare(Path a, Path b) {
        return comparisons.compare(a, b, CompareOptions.defaults(), DifferenceSink.NONE, Progress.NONE);
    }

    @Test
    void missingSideIsReportedWithItsPath() {
        Path missing = dir.resolve("nope.log");
        assertThatThrownBy(() -> compare(missing, dir)).isInstanceOf(WorkbenchException.class)
                .hasMessage("The old side does not exist: " + missing);
    }

    @Test
    void folderAgainstFileIsRefused() throws IOException {
        Path f = write("a.txt", "x\n");
        assertThatThrownBy(() -> compare(dir, f)).hasMessageContaining("Cannot compare a folder with a file");
    }

    @Test
    void binaryFilesAreComparedBySizeAndChecksum() throws IOException {
        Path a = Files.write(dir.resolve("a.bin"), new byte[] {0, 1, 2});
        Path b = Files.write(dir.resolve("b.bin"), new byte[] {0, 1, 2});
        Path c = Files.write(dir.resolve("c.bin"), new byte[] {0, 1, 3});
        assertThat(compare(a, b).identical()).isTrue();
        CompareResult r = compare(a, c);
        assertThat(r.comparedAs()).isEqualTo(ComparedAs.BINARY);
        assertThat(r.changed()).isEqualTo(1);
        assertThat(r.samples().get(0).fields().get(0).oldValue()).startsWith("3:");
    }

    @Test
    void inputDigestChangesWithContentAndOptionsButNotWithFileNames() throws IOException {
        Path a = write("a.txt", "x\n");
        Path b = write("b.txt", "x\n");
        Path c = write("c.txt", "y\n");
        String ab = compare(a, b).inputDigest();
        assertThat(compare(b, a).inputDigest()).isEqualTo(ab);
        assertThat(compare(a, c).inputDigest()).isNotEqualTo(ab);
        assertThat(comparisons.compare(a, b, CompareOptions.defaults().withKeys(List.of("id")), DifferenceSink.NONE,
                Progress.NONE).inputDigest()).isNotEqualTo(ab);
    }

    @Test
    void foldersPairFilesByRelativePath() throws IOException {
        write("old/same.txt", "a\n");
        write("new/same.txt", "a\n");
        write("old/sub/changed.txt", "a\nb\n");
        write("new/sub/changed.txt", "a\nc\n");
        write("old/gone.txt", "a\n");
        write("new/fresh.txt", "a\n");
        Files.write(dir.resolve("old/pic.bin"), new byte[] {0, 1});
        Files.write(dir.resolve("new/pic.bin"), new byte[] {0, 2});
        CompareResult r = compare(dir.resolve("old"), dir.resolve("new"));
        assertThat(r.comparedAs()).isEqualTo(ComparedAs.FOLDER);
        assertThat(r.files()).extracting(FileComparison::path, FileComparison::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("fresh.txt", FileComparison.Status.ADDED),
                org.assertj.core.groups.Tuple.tuple("gone.txt", FileComparison.Status.REMOVED),
                org.assertj.core.groups.Tuple.tuple("pic.bin", FileComparison.Status.CHANGED),
                org.assertj.core.groups.Tuple.tuple("same.txt", FileComparison.Status.IDENTICAL),
                org.assertj.core.groups.Tuple.tuple("sub/changed.txt", FileComparison.Status.CHANGED));
        assertThat(r).extracting(CompareResult::added, CompareResult::removed, CompareResult::changed,
                CompareResult::oldCount, CompareResult::newCount).containsExactly(1L, 1L, 2L, 4L, 4L);
        assertThat(r.files().get(2).result().orElseThrow().comparedAs()).isEqualTo(ComparedAs.BINARY);
    }

    @Test
    void folderDoesNotFollowSymbolicLinks() throws IOException {
        write("old/a.txt", "a\n");
        write("new/a.txt", "a\n");
        Path outside = write("secret/passwords.txt", "x\n");
        Files.createSymbolicLink(dir.resolve("new/link.txt"), outside);
        CompareResult r = compare(dir.resolve("old"), dir.resolve("new"));
        assertThat(r.identical()).isTrue();
    }

    @Test
    void cancelledFolderComparisonStops() throws IOException {
        write("old/a.txt", "a\n");
        write("new/a.txt", "a\n");
        Progress cancelled = CountingProgress.cancelled();
        assertThatThrownBy(() -> comparisons.compare(dir.resolve("old"), dir.resolve("new"),
                CompareOptions.defaults(), DifferenceSink.NONE, cancelled)).isInstanceOf(CancelledException.class);
    }

    @Test
    void resultSurvivesItsJsonDocument() throws IOException {
        write("old/x.txt", "a\nb\n");
        write("new/x.txt", "a\nc\n");
        CompareResult r = compare(dir.resolve("old"), dir.resolve("new"));
        CompareResult back = ResultJson.read(ResultJson.write(r));
        assertThat(back).isEqualTo(r);
    }
}
