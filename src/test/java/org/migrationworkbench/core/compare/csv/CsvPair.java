package org.migrationworkbench.core.compare.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.compare.CompareOptions;
import org.migrationworkbench.core.compare.CompareResult;
import org.migrationworkbench.core.compare.ComparedAs;
import org.migrationworkbench.core.compare.Difference;
import org.migrationworkbench.core.compare.DifferenceTally;
import org.migrationworkbench.core.model.OutputFormat;

/** Test helper: writes two CSV texts and compares them with a {@link CsvComparator}. */
final class CsvPair {
    final List<Difference> differences = new ArrayList<>();
    final CompareResult result;

    private CsvPair(CompareResult result, List<Difference> differences) {
        this.result = result;
        this.differences.addAll(differences);
    }

    static CsvPair compare(Path dir, String oldText, String newText, CompareOptions options) {
        return compare(dir, oldText, newText, options, new CsvComparator());
    }

    static CsvPair compare(Path dir, String oldText, String newText, CompareOptions options,
                           CsvComparator comparator) {
        Path a = write(dir.resolve("old.csv"), oldText);
        Path b = write(dir.resolve("new.csv"), newText);
        return compareFiles(a, b, options, comparator, Progress.NONE);
    }

    static CsvPair compareFiles(Path a, Path b, CompareOptions options, CsvComparator comparator,
                                Progress progress) {
        List<Difference> found = new ArrayList<>();
        CompareOptions resolved = options.format() == OutputFormat.AUTO ? options.withFormat(OutputFormat.CSV)
                : options;
        DifferenceTally tally = new DifferenceTally(resolved, found::add, LocalDate.of(2026, 1, 1));
        comparator.compare(a, b, resolved, tally, progress);
        return new CsvPair(tally.result(ComparedAs.CSV, List.of(), "test"), found);
    }

    static Path write(Path file, String text) {
        try {
            return Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CompareOptions keyed(String... keys) {
        return CompareOptions.defaults().withKeys(List.of(keys));
    }

    Difference only() {
        if (differences.size() != 1) {
            throw new AssertionError("expected one difference, got " + differences);
        }
        return differences.get(0);
    }
}
