package org.migrationworkbench.core.compare.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.compare.ComparedAs;
import org.migrationworkbench.core.compare.CompareOptions;
import org.migrationworkbench.core.compare.CompareResult;
import org.migrationworkbench.core.compare.Difference;
import org.migrationworkbench.core.compare.DifferenceTally;
import org.migrationworkbench.core.model.OutputFormat;

/** Runs the JSON comparator on two texts or files and keeps every difference it reported. */
final class JsonCompareFixture {
    final List<Difference> differences = new ArrayList<>();
    CompareResult result;

    static CompareOptions json() {
        return CompareOptions.defaults().withFormat(OutputFormat.JSON);
    }

    static JsonCompareFixture texts(Path dir, String oldText, String newText, CompareOptions options) {
        return files(write(dir.resolve("old.json"), oldText), write(dir.resolve("new.json"), newText), options,
                new JsonComparator());
    }

    static JsonCompareFixture files(Path oldFile, Path newFile, CompareOptions options, JsonComparator comparator) {
        return files(oldFile, newFile, options, comparator, Progress.NONE);
    }

    static JsonCompareFixture files(Path oldFile, Path newFile, CompareOptions options, JsonComparator comparator,
                                    Progress progress) {
        JsonCompareFixture f = new JsonCompareFixture();
        DifferenceTally tally = new DifferenceTally(options, f.differences::add, LocalDate.of(2025, 1, 1));
        comparator.compare(oldFile, newFile, options, tally, progress);
        f.result = tally.result(ComparedAs.JSON, List.of(), "digest");
        return f;
    }

    static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Difference only() {
        if (differences.size() != 1) {
            throw new AssertionError("expected one difference, got " + differences);
        }
        return differences.get(0);
    }
}
