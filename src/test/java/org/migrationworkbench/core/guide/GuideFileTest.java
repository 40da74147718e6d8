package org.migrationworkbench.core.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.WorkbenchException;

/** Reading a guide file: encodings, byte-order marks, and the files that cannot be guides. */
class GuideFileTest {
    private final GuideImporter importer = new GuideImporter();

    @TempDir
    Path dir;

    @Test
    void utf8FileWithByteOrderMarkReadsLikeOneWithout() throws IOException {
        String markdown = Guides.text("nested-tasks.md");
        Path plain = Files.writeString(dir.resolve("plain.md"), markdown);
        Path bom = dir.resolve("bom.md");
        Files.write(bom, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                markdown.getBytes(StandardCharsets.UTF_8)));

        Guide guide = importer.read(bom, ItemMode.AUTO);

        assertThat(guide).isEqualTo(importer.read(plain, ItemMode.AUTO));
        assertThat(guide.title()).isEqualTo("Service Migration");
        assertThat(guide.warnings()).isEmpty();
    }

    @Test
    void utf16FileWithByteOrderMarkIsRead() throws IOException {
        Path file = dir.resolve("utf16.md");
        Files.write(file, "# Wide\n- [x] Done ✓\n".getBytes(StandardCharsets.UTF_16));

        Guide guide = importer.read(file, ItemMode.AUTO);

        assertThat(guide.items()).extracting(GuideItem::text).containsExactly("Done ✓");
    }

    @Test
    void malformedUtf8IsReadAsWindows1252WithAWarningAndValidSequencesKept() throws IOException {
        Path file = dir.resolve("mixed.md");
        Files.write(file, concat("# Caf\u00e9\n\n- [ ] ".getBytes(StandardCharsets.UTF_8),
                new byte[] {'P', 'r', 'i', 'x', ' ', (byte) 0x80, ' ', 'o', 'r', ' ', (byte) 0xE9, 't', 'a', 't', '\n'}));

        Guide guide = importer.read(file, ItemMode.AUTO);

        assertThat(guide.title()).isEqualTo("Café");
        assertThat(guide.items()).extracting(GuideItem::text).containsExactly("Prix € or état");
        assertThat(guide.warnings()).extracting(GuideWarning::line, GuideWarning::message).containsExactly(
                tuple(1, "repaired double-encoded characters (UTF-8 read as "
                        + "Windows-1252, such as 'Ã©' for 'é') on 1 line: 1"),
                tuple(3, "the file is not valid UTF-8 (first bad byte on line 3); "
                        + "read it as Windows-1252: check its special characters, or save it as UTF-8"));
    }

    @Test
    void missingFileIsNamedInTheError() {
        Path missing = dir.resolve("missing.md");

        assertThatThrownBy(() -> importer.read(missing, ItemMode.AUTO)).isInstanceOf(WorkbenchException.class)
                .hasMessage("Cannot import guide " + missing + ": the file does not exist.");
    }

    @Test
    void folderIsRejected() {
        assertThatThrownBy(() -> importer.read(dir, ItemMode.AUTO)).isInstanceOf(WorkbenchException.class)
                .hasMessage("Cannot import guide " + dir + ": it is a folder, not a Markdown file.");
    }

    @Test
    void binaryFileIsRejected() throws IOException {
        Path file = Files.write(dir.resolve("image.md"), new byte[] {'#', ' ', 'x', 0, 1, 2});

        assertThatThrownBy(() -> importer.read(file, ItemMode.AUTO)).isInstanceOf(WorkbenchException.class)
                .hasMessage("Cannot import guide " + file + ": it is a binary file (it contains NUL bytes), "
                        + "not Markdown text.");
    }

    @Test
    void fileLargerThan32MiBIsRejectedWithoutReadingIt() throws IOException {
        Path file = dir.resolve("huge.md");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(GuideFile.MAX_BYTES + 1);
        }

        assertThatThrownBy(() -> importer.read(file, ItemMode.AUTO)).isInstanceOf(WorkbenchException.class)
                .hasMessage("Cannot import guide " + file + ": it is 33,554,433 bytes; a guide may be at most "
                        + "32 MiB. Split it into smaller guides.");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
