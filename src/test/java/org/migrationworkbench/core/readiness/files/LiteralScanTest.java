package org.migrationworkbench.core.readiness.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.readiness.Evidence;

/**
 * The byte-level fast path of {@link PatternScan} ({@link LiteralScan}) must find what the line-by-line path finds:
 * each case scans with the pattern itself (fast path) and with the same pattern wrapped in {@code (?:...)}, which
 * has no leading literal and so takes the line-by-line path.
 */
class LiteralScanTest {
    private static final String REGEX = "import app\\.sandbox|TODO|FIXME";

    @TempDir
    Path temp;

    private PatternScan.Result sameOnBothPaths(Fixture f, List<String> files, String regex) {
        assertThat(LiteralScan.of(Pattern.compile(regex))).as("fast path for /%s/", regex).isPresent();
        assertThat(LiteralScan.of(Pattern.compile("(?:" + regex + ")"))).isEmpty();
        PatternScan.Result fast = PatternScan.scan(f.repo, files, Pattern.compile(regex), Progress.NONE);
        PatternScan.Result plain = PatternScan.scan(f.repo, files, Pattern.compile("(?:" + regex + ")"), Progress.NONE);
        assertThat(fast).isEqualTo(plain);
        return fast;
    }

    @Test
    void crlfLinesAreMatchedWithoutTheirCarriageReturn() {
        Fixture f = new Fixture(temp).write("a.txt", "a TODO\r\nb\r\n  FIXME  \r\n\r\nTODO\r");

        var result = sameOnBothPaths(f, List.of("a.txt"), "TODO$|FIXME");

        assertThat(result.evidence()).containsExactly(Evidence.at("a.txt", 1, "a TODO"),
                Evidence.at("a.txt", 3, "FIXME"), Evidence.at("a.txt", 5, "TODO"));
    }

    @Test
    void matchesAtTheVeryStartAndEndOfAFileWithoutTrailingNewline() {
        Fixture f = new Fixture(temp).write("a.txt", "TODO first\nmiddle\nlast FIXME")
                .write("b.txt", "FIXME").write("empty.txt", "").write("blank.txt", "\n\n\n");

        var result = sameOnBothPaths(f, List.of("a.txt", "b.txt", "empty.txt", "blank.txt"), REGEX);

        assertThat(result.matches()).isEqualTo(3);
        assertThat(result.evidence()).containsExactly(Evidence.at("a.txt", 1, "TODO first"),
                Evidence.at("a.txt", 3, "last FIXME"), Evidence.at("b.txt", 1, "FIXME"));
    }

    @Test
    void literalsSplitAcrossInternalChunkBoundariesOfABigFileAreFound() {
        for (int shift : new int[] {-17, -9, -1, 0}) {
            StringBuilder text = new StringBuilder();
            while (text.length() < LiteralScan.CHUNK_BYTES - 200) {
                text.append("filler line without anything of note\n");
            }
            text.append("x".repeat(LiteralScan.CHUNK_BYTES + shift - text.length())).append("import app.sandbox.X\n");
            int lines = 0;
            while (text.length() < 4 * LiteralScan.CHUNK_BYTES) {
                text.append("k".repeat(lines++ % 53)).append(lines % 2 == 0 ? " TODO\n" : " FIXME\n");
            }
            text.append("y".repeat(3 * LiteralScan.CHUNK_BYTES)).append(" TODO in a line longer than a chunk\n")
                    .append("tail FIXME");
            Fixture f = new Fixture(temp).write("big" + shift + ".txt", text.toString());

            var result = sameOnBothPaths(f, List.of("big" + shift + ".txt"), REGEX);

            assertThat(result.matches()).isEqualTo(1 + lines + 2);
        }
    }

    @Test
    void aLineLongerThanTheBufferSendsTheFileToTheLineByLinePath() {
        String huge = "z".repeat(LiteralScan.MAX_BUFFER_BYTES + 10);
        Fixture f = new Fixture(temp).write("huge.txt", "TODO one\n" + huge + " FIXME\nTODO three\n");

        var result = sameOnBothPaths(f, List.of("huge.txt"), REGEX);

        assertThat(result.evidence()).first().isEqualTo(Evidence.at("huge.txt", 1, "TODO one"));
        assertThat(result.evidence()).last().isEqualTo(Evidence.at("huge.txt", 3, "TODO three"));
    }

    @Test
    void multiByteAndMalformedUtf8BeforeAMatchKeepsLinesAndText() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("é日本語 😀 TODO ü\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xff, (byte) 0xe2, (byte) 0x82, 'F', 'I', 'X', 'M', 'E', '\n'});
        bytes.writeBytes(new byte[] {(byte) 0xe2, '\n', (byte) 0xc3, 'T', 'O', 'D', 'O', (byte) 0xa9, '\n'});
        bytes.writeBytes("ünïcödé FIXME".getBytes(StandardCharsets.UTF_8));
        Fixture f = new Fixture(temp).write("u.txt", bytes.toByteArray());

        var result = sameOnBothPaths(f, List.of("u.txt"), REGEX);

        assertThat(result.matches()).isEqualTo(4);
        assertThat(result.evidence().get(0)).isEqualTo(Evidence.at("u.txt", 1, "é日本語 😀 TODO ü"));
        assertThat(result.evidence().get(3)).isEqualTo(Evidence.at("u.txt", 5, "ünïcödé FIXME"));
        assertThat(sameOnBothPaths(f, List.of("u.txt"), "ünï").matches()).isEqualTo(1);
    }

    @Test
    void aLineWithSeveralHitsCountsOnceAndAnchorsSeeTheWholeLine() {
        Fixture f = new Fixture(temp).write("a.txt", "TODO FIXME TODO import app.sandbox\n  TODO\nTODO: x\n");

        assertThat(sameOnBothPaths(f, List.of("a.txt"), REGEX).matches()).isEqualTo(3);
        assertThat(sameOnBothPaths(f, List.of("a.txt"), "^TODO").evidence()).containsExactly(
                Evidence.at("a.txt", 1, "TODO FIXME TODO import app.sandbox"), Evidence.at("a.txt", 3, "TODO: x"));
        assertThat(sameOnBothPaths(f, List.of("a.txt"), "TODO:? x").matches()).isEqualTo(1);
    }

    @Test
    void binaryFilesAreSkippedOnlyForANulInTheFirst8KiB() {
        byte[] early = "TODO\n\0TODO\n".getBytes(StandardCharsets.UTF_8);
        byte[] late = ("a\n".repeat(TextFiles.SNIFF_BYTES) + "\0TODO\n").getBytes(StandardCharsets.UTF_8);
        Fixture f = new Fixture(temp).write("early.bin", early).write("late.txt", late);

        var result = sameOnBothPaths(f, List.of("early.bin", "late.txt"), REGEX);

        assertThat(result.binaryFiles()).isEqualTo(1);
        assertThat(result.evidence()).containsExactly(Evidence.at("late.txt", TextFiles.SNIFF_BYTES + 1, "\0TODO"));
    }

    @Test
    void caseInsensitivePatternsTakeTheLineByLinePath() {
        Fixture f = new Fixture(temp).write("a.txt", "todo\nTODO\nToDo later\nnothing\n");

        assertThat(LiteralScan.of(Pattern.compile("(?i)todo"))).isEmpty();
        assertThat(LiteralScan.of(Pattern.compile("todo", Pattern.CASE_INSENSITIVE))).isEmpty();
        assertThat(LiteralScan.of(Pattern.compile("to(?i)do"))).isEmpty();
        var result = PatternScan.scan(f.repo, List.of("a.txt"), Pattern.compile("(?i)todo"), Progress.NONE);
        assertThat(result.matches()).isEqualTo(3);
    }
}
