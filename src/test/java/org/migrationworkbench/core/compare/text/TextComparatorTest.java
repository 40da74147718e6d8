package org.migrationworkbench.core.compare.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.migrationworkbench.core.compare.text.TextFixture.lines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.CancelledException;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.compare.CompareOptions;
import org.migrationworkbench.core.compare.CompareResult;
import org.migrationworkbench.core.compare.InputDigest;
import org.migrationworkbench.core.model.OutputFormat;
import org.migrationworkbench.core.compare.ComparedAs;
import org.migrationworkbench.core.compare.Difference;
import org.migrationworkbench.core.compare.Difference.Kind;
import org.migrationworkbench.core.compare.TextOptions;
import org.migrationworkbench.testing.CountingProgress;

class TextComparatorTest {
    @TempDir
    Path dir;
    private TextFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new TextFixture(dir);
    }

    @Test
    void smallGeneratedPairHasTheMinimalDiffCountsOfTheTruthFile() throws IOException, URISyntaxException {
        Path generated = Path.of(getClass().getResource("/compare/generated/truth_text_small.json").toURI())
                .getParent();
        JsonNode truth = new ObjectMapper().readTree(generated.resolve("truth_text_small.json").toFile());

        CompareResult r = fixture.compareFiles(generated.resolve("text_small_old.log"),
                generated.resolve("text_small_new.log"), TextOptions.EXACT, Progress.NONE);

        assertThat(r.comparedAs()).isEqualTo(ComparedAs.TEXT);
        assertThat(r.removed()).isEqualTo(truth.get("min_deleted_lines").asLong());
        assertThat(r.added()).isEqualTo(truth.get("min_added_lines").asLong());
        assertThat(r.oldCount()).isEqualTo(truth.get("old_lines").asLong());
        assertThat(r.newCount()).isEqualTo(truth.get("new_lines").asLong());
        assertThat(fixture.differences.stream().mapToLong(d -> d.oldLines().size()).sum()).isEqualTo(r.removed());
    }

    @Test
    void pureInsertionIsAddedAfterItsOldLine() {
        CompareResult r = fixture.compare(lines("a", "b", "c"), lines("a", "b", "x", "y", "c"));

        Difference d = single();
        assertThat(d.kind()).isEqualTo(Kind.ADDED);
        assertThat(d.key()).isEqualTo("2a3,4");
        assertThat(d.oldLine()).isEqualTo(2);
        assertThat(d.newLine()).isEqualTo(3);
        assertThat(d.oldLines()).isEmpty();
        assertThat(d.newLines()).containsExactly("x", "y");
        assertThat(r.added()).isEqualTo(2);
        assertThat(r.removed()).isZero();
    }

    @Test
    void pureDeletionIsRemovedAfterItsNewLine() {
        CompareResult r = fixture.compare(lines("a", "b", "c", "d"), lines("a", "d"));

        Difference d = single();
        assertThat(d.kind()).isEqualTo(Kind.REMOVED);
        assertThat(d.key()).isEqualTo("2,3d1");
        assertThat(d.oldLine()).isEqualTo(2);
        assertThat(d.newLine()).isEqualTo(1);
        assertThat(d.oldLines()).containsExactly("b", "c");
        assertThat(r.removed()).isEqualTo(2);
    }

    @Test
    void replacementIsChangedWithBothSidesLines() {
        CompareResult r = fixture.compare(lines("a", "b", "c", "d"), lines("a", "X", "d"));

        Difference d = single();
        assertThat(d.kind()).isEqualTo(Kind.CHANGED);
        assertThat(d.key()).isEqualTo("2,3c2");
        assertThat(d.oldLine()).isEqualTo(2);
        assertThat(d.newLine()).isEqualTo(2);
        assertThat(d.oldLines()).containsExactly("b", "c");
        assertThat(d.newLines()).containsExactly("X");
        assertThat(r.changed()).isEqualTo(1);
        assertThat(r.identical()).isFalse();
    }

    @Test
    void insertionAtTheStartIsAfterLineZero() {
        fixture.compare(lines("b"), lines("a", "b"));

        assertThat(single().key()).isEqualTo("0a1");
        assertThat(single().oldLine()).isZero();
    }

    @Test
    void crlfAndLfLineEndingsCompareEqual() {
        CompareResult r = fixture.compare("a\r\nb\r\nc\r\n", "a\nb\nc\n");

        assertThat(r.identical()).isTrue();
        assertThat(r.oldCount()).isEqualTo(3);
    }

    @Test
    void crlfLinesAreShownWithoutTheCarriageReturn() {
        fixture.compare("a\r\nb\r\n", "a\nc\n");

        assertThat(single().oldLines()).containsExactly("b");
    }

    @Test
    void missingFinalNewlineIsNotADifferenceButIsNoted() {
        CompareResult r = fixture.compare("a\nb\n", "a\nb");

        assertThat(r.identical()).isTrue();
        assertThat(r.newCount()).isEqualTo(2);
        assertThat(r.notes()).containsExactly("The new file does not end with a newline (not counted as a difference).");
    }

    @Test
    void emptyFilesAreIdentical() {
        CompareResult r = fixture.compare("", "");

        assertThat(r.identical()).isTrue();
        assertThat(r.oldCount()).isZero();
    }

    @Test
    void linesAgainstAnEmptyFileAreAllAdded() {
        CompareResult r = fixture.compare("", lines("a", "b"));

        assertThat(single().key()).isEqualTo("0a1,2");
        assertThat(r.added()).isEqualTo(2);
    }

    @Test
    void invalidUtf8IsComparedAsBytesAndShownWithReplacementCharacters() {
        byte[] oldText = {'a', '\n', (byte) 0xC3, (byte) 0x28, '\n'};
        byte[] newText = {'a', '\n', (byte) 0xC3, (byte) 0x29, '\n'};

        CompareResult r = fixture.compare(oldText, newText, TextOptions.EXACT);

        assertThat(r.changed()).isEqualTo(1);
        assertThat(single().oldLines()).containsExactly("\uFFFD(");
        assertThat(single().newLines()).containsExactly("\uFFFD)");
    }

    @Test
    void utf8LinesAreShownDecoded() {
        fixture.compare(lines("Grüße"), lines("Grüße!"));

        assertThat(single().oldLines()).containsExactly("Grüße");
    }

    @Test
    void ignoreWhitespaceTreatsLinesDifferingOnlyInBlanksAsEqual() {
        TextOptions options = new TextOptions(true, false, false, List.of());

        CompareResult r = fixture.compare(lines("a  b", "c"), lines("a b", " c\t"), options);

        assertThat(r.identical()).isTrue();
        assertThat(fixture.compare(lines("a  b"), lines("a b"), TextOptions.EXACT).identical()).isFalse();
    }

    @Test
    void ignoreCaseTreatsLinesDifferingOnlyInCaseAsEqualButShowsOriginals() {
        TextOptions options = new TextOptions(false, true, false, List.of());

        CompareResult r = fixture.compare(lines("Hello", "World", "x"), lines("HELLO", "world", "y"), options);

        assertThat(r.changed()).isEqualTo(1);
        assertThat(single().oldLines()).containsExactly("x");
        assertThat(fixture.compare(lines("Hello"), lines("HELLO"), options).identical()).isTrue();
    }

    @Test
    void ignoreBlankLinesDropsHunksOfBlankLinesOnly() {
        TextOptions options = new TextOptions(false, false, true, List.of());

        CompareResult r = fixture.compare(lines("a", "", "b", "c"), lines("a", "b", "", "", "c"), options);

        assertThat(r.identical()).isTrue();
        assertThat(fixture.compare(lines("a", "", "b"), lines("a", "b"), TextOptions.EXACT).removed()).isEqualTo(1);
    }

    @Test
    void ignoreBlankLinesStillReportsRealChangesWithoutTheirBlankEdges() {
        TextOptions options = new TextOptions(false, false, true, List.of());

        fixture.compare(lines("a", "", "b", "", "c"), lines("a", "B", "c"), options);

        assertThat(single().key()).isEqualTo("3c2");
        assertThat(single().oldLines()).containsExactly("b");
    }

    @Test
    void normalizerMasksTimestampsAndNotesHowManyLinesItChanged() {
        TextOptions options = new TextOptions(false, false, false, List.of(
                org.migrationworkbench.core.compare.Normalizer.of("timestamp",
                        "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "<ts>")));
        String oldText = lines("2024-03-01T00:00:00.015Z INFO start", "no time here", "2024-03-01T00:00:01Z done");
        String newText = lines("2025-01-09T10:11:12.999Z INFO start", "no time here", "2025-01-09T10:11:13Z DONE");

        CompareResult r = fixture.compare(oldText, newText, options);

        assertThat(r.changed()).isEqualTo(1);
        assertThat(single().oldLines()).containsExactly("2024-03-01T00:00:01Z done");
        assertThat(r.notes()).containsExactly("normalizer 'timestamp' masked 4 lines");
    }

    @Test
    void hugeHunkIsReportedInChunksOfAtMostAThousandLines() {
        StringBuilder oldText = new StringBuilder("top\n");
        StringBuilder newText = new StringBuilder("top\n");
        for (int i = 0; i < 2500; i++) {
            oldText.append("old ").append(i).append('\n');
        }
        for (int i = 0; i < 300; i++) {
            newText.append("new ").append(i).append('\n');
        }

        CompareResult r = fixture.compare(oldText.toString(), newText.toString());

        assertThat(fixture.differences).extracting(Difference::key)
                .containsExactly("2,1001c2,301", "1002,2001d301", "2002,2501d301");
        assertThat(fixture.differences).extracting(Difference::kind)
                .containsExactly(Kind.CHANGED, Kind.REMOVED, Kind.REMOVED);
        assertThat(r.removed()).isEqualTo(2500);
        assertThat(r.added()).isEqualTo(300);
        assertThat(r.changed()).isEqualTo(300);
    }

    @Test
    void inputDigestIsTheOneOfReadingTheFilesAgain() {
        Path[] files = fixture.write(lines("a", "b").getBytes(StandardCharsets.UTF_8),
                lines("a", "c").getBytes(StandardCharsets.UTF_8));

        CompareResult r = fixture.compareFiles(files[0], files[1], TextOptions.EXACT, Progress.NONE);

        CompareOptions options = CompareOptions.defaults().withFormat(OutputFormat.TEXT).withText(TextOptions.EXACT);
        assertThat(r.inputDigest()).isEqualTo(InputDigest.of(files[0], files[1], options));
    }

    @Test
    void progressCountsTheBytesOfBothFiles() {
        CountingProgress counting = CountingProgress.counting();
        Path[] files = fixture.write(lines("a", "b").getBytes(StandardCharsets.UTF_8),
                lines("a", "c", "d").getBytes(StandardCharsets.UTF_8));

        fixture.compareFiles(files[0], files[1], TextOptions.EXACT, counting);

        assertThat(counting.worked()).isEqualTo(4 + 6);
    }

    @Test
    void cancelledComparisonStopsWithCancelledException() {
        Path[] files = fixture.write(lines("a").getBytes(StandardCharsets.UTF_8),
                lines("b").getBytes(StandardCharsets.UTF_8));
        Progress cancelled = CountingProgress.cancelled();

        assertThatThrownBy(() -> fixture.compareFiles(files[0], files[1], TextOptions.EXACT, cancelled))
                .isInstanceOf(CancelledException.class);
    }

    private Difference single() {
        assertThat(fixture.differences).hasSize(1);
        return fixture.differences.get(0);
    }
}
