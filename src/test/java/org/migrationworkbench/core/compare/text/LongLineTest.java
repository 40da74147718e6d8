package org.migrationworkbench.core.compare.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.compare.CompareOptions;
import org.migrationworkbench.core.compare.CompareResult;
import org.migrationworkbench.core.compare.ComparedAs;
import org.migrationworkbench.core.compare.Comparisons;
import org.migrationworkbench.core.compare.Difference;
import org.migrationworkbench.core.model.OutputFormat;

/**
 * A line longer than the bound is refused with its file and line (a 1 GB line ended in a NegativeArraySizeException
 * or an OutOfMemoryError); a line of some megabytes, longer than one read, still compares.
 */
class LongLineTest {
    @TempDir
    Path dir;

    private final List<Difference> differences = new ArrayList<>();

    private CompareResult compare(TextComparator comparator, Path a, Path b) {
        Comparisons comparisons = new Comparisons(Map.of(ComparedAs.TEXT, comparator), Clock.systemUTC());
        return comparisons.compare(a, b, CompareOptions.defaults().withFormat(OutputFormat.TEXT), differences::add,
                Progress.NONE);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void lineLongerThanTheBoundIsRefusedNamingFileAndLine() throws IOException {
        Path a = write("a.txt", "short\n" + "x".repeat(5000) + "\nend\n");
        Path b = write("b.txt", "short\n");

        assertThatThrownBy(() -> compare(new TextComparator(1024), a, b)).isInstanceOf(WorkbenchException.class)
                .hasMessageStartingWith(a + ":2: the line is longer than 1,024 bytes");
    }

    @Test
    void unfinishedLastLineLongerThanTheBoundIsRefusedToo() throws IOException {
        Path a = write("a.txt", "short\n");
        Path b = write("b.txt", "short\n" + "y".repeat(3000));

        assertThatThrownBy(() -> compare(new TextComparator(1024), a, b))
                .hasMessageStartingWith(b + ":2: the line is longer than 1,024 bytes");
    }

    @Test
    void lineOfSomeMegabytesLongerThanOneReadStillCompares() throws IOException {
        String line = "z".repeat(6 << 20);
        Path a = write("a.txt", "head\n" + line + "a\ntail\n");
        Path b = write("b.txt", "head\n" + line + "b\ntail\n");
        Path c = write("c.txt", "head\n" + line + "a\ntail\n");

        CompareResult changed = compare(new TextComparator(), a, b);
        assertThat(changed.changed()).isEqualTo(1);
        assertThat(differences).singleElement().satisfies(d -> {
            assertThat(d.key()).isEqualTo("2c2");
            assertThat(d.newLines().get(0)).hasSize(line.length() + 1).endsWith("zb");
        });
        assertThat(compare(new TextComparator(), a, c).identical()).isTrue();
    }
}
