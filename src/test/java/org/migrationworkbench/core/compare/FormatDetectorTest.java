package org.migrationworkbench.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.model.OutputFormat;

class FormatDetectorTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void extensionDecidesForKnownNames() throws IOException {
        assertThat(FormatDetector.detect(file("a.json", "x"))).isEqualTo(OutputFormat.JSON);
        assertThat(FormatDetector.detect(file("a.jsonl", "x"))).isEqualTo(OutputFormat.JSONL);
        assertThat(FormatDetector.detect(file("a.csv", "x"))).isEqualTo(OutputFormat.CSV);
        assertThat(FormatDetector.detect(file("a.tsv", "x"))).isEqualTo(OutputFormat.TSV);
        assertThat(FormatDetector.detect(file("a.log", "{\"a\":1}"))).isEqualTo(OutputFormat.TEXT);
    }

    @Test
    void contentDecidesForOtherNames() throws IOException {
        assertThat(FormatDetector.detect(file("a.out", "  [ {\"id\": 1} ]"))).isEqualTo(OutputFormat.JSON);
        assertThat(FormatDetector.detect(file("b.out", "{\"id\": 1}\n{\"id\": 2}\n"))).isEqualTo(OutputFormat.JSONL);
        assertThat(FormatDetector.detect(file("c.out", "{\n  \"id\": 1\n}\n"))).isEqualTo(OutputFormat.JSON);
        assertThat(FormatDetector.detect(file("d.out", "id,name\n1,a\n2,b\n"))).isEqualTo(OutputFormat.CSV);
        assertThat(FormatDetector.detect(file("e.out", "id;name\n1;a\n"))).isEqualTo(OutputFormat.CSV);
        assertThat(FormatDetector.detect(file("f.out", "id\tname\n1\ta\n"))).isEqualTo(OutputFormat.TSV);
        assertThat(FormatDetector.detect(file("g.out", "started, then\nstopped\n"))).isEqualTo(OutputFormat.TEXT);
    }

    @Test
    void nulOrManyControlBytesMakeAFileBinaryButLatin1TextIsText() throws IOException {
        Path nul = Files.write(dir.resolve("a.csv"), new byte[] {'a', ',', 0, '\n'});
        Path control = Files.write(dir.resolve("b"), new byte[] {1, 2, 3, 'a', 'b', 4, 5, 6, 7, 8});
        Path latin1 = Files.write(dir.resolve("c.txt"), new byte[] {'c', 'a', 'f', (byte) 0xe9, '\n'});
        assertThat(FormatDetector.isBinary(nul)).isTrue();
        assertThat(FormatDetector.isBinary(control)).isTrue();
        assertThat(FormatDetector.isBinary(latin1)).isFalse();
        assertThat(FormatDetector.resolve(OutputFormat.CSV, nul, latin1)).isNull();
    }

    @Test
    void differentDetectedFormatsFallBackToText() throws IOException {
        assertThat(FormatDetector.resolve(OutputFormat.AUTO, file("a.json", "[]"), file("b.csv", "a,b\n")))
                .isEqualTo(OutputFormat.TEXT);
        assertThat(FormatDetector.resolve(OutputFormat.CSV, file("c.json", "[]"), file("d.json", "[]")))
                .isEqualTo(OutputFormat.CSV);
    }
}
