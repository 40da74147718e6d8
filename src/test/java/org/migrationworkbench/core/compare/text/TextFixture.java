package org.migrationworkbench.core.compare.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.compare.CompareOptions;
import org.migrationworkbench.core.compare.CompareResult;
import org.migrationworkbench.core.compare.Difference;
import org.migrationworkbench.core.compare.StandardComparators;
import org.migrationworkbench.core.compare.TextOptions;
import org.migrationworkbench.core.model.OutputFormat;

/** Writes text pairs into a folder and compares them through the standard comparisons. */
final class TextFixture {
    final List<Difference> differences = new ArrayList<>();
    private final Path dir;
    private int pairs;

    TextFixture(Path dir) {
        this.dir = dir;
    }

    CompareResult compare(String oldText, String newText) {
        return compare(oldText.getBytes(StandardCharsets.UTF_8), newText.getBytes(StandardCharsets.UTF_8),
                TextOptions.EXACT);
    }

    CompareResult compare(String oldText, String newText, TextOptions options) {
        return compare(oldText.getBytes(StandardCharsets.UTF_8), newText.getBytes(StandardCharsets.UTF_8), options);
    }

    CompareResult compare(byte[] oldText, byte[] newText, TextOptions options) {
        Path[] files = write(oldText, newText);
        return compareFiles(files[0], files[1], options, Progress.NONE);
    }

    CompareResult compareFiles(Path oldFile, Path newFile, TextOptions options, Progress progress) {
        differences.clear();
        CompareOptions o = CompareOptions.defaults().withFormat(OutputFormat.TEXT).withText(options);
        Clock clock = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);
        return StandardComparators.create(clock).compare(oldFile, newFile, o, differences::add, progress);
    }

    Path[] write(byte[] oldText, byte[] newText) {
        pairs++;
        Path o = dir.resolve("old" + pairs + ".txt");
        Path n = dir.resolve("new" + pairs + ".txt");
        try {
            Files.write(o, oldText);
            Files.write(n, newText);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Path[] {o, n};
    }

    static String lines(String... lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(l).append('\n');
        }
        return sb.toString();
    }
}
