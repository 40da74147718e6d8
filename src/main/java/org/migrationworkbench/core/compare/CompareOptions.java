package org.migrationworkbench.core.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.migrationworkbench.core.model.OutputFormat;
import org.migrationworkbench.core.model.Tolerance;

/**
 * Everything a comparison is told.
 *
 * @param format          the declared format; AUTO detects it from extension and content
 * @param keys            record keys: JSON key paths relative to a record ({@code id}, {@code order.id}) or CSV
 *                        column names; several make a composite key; empty compares records in order
 * @param ignore          JSON paths ({@code $.generated_at}, {@code $..trace_id}, {@code $.items[*].eta}) or CSV
 *                        column names that are not compared (counted as ignored)
 * @param tolerance       default numeric tolerance (absolute and relative; a difference within either is tolerated)
 * @param fieldTolerances per-field tolerances, by JSON path or CSV column; they replace the default for that field
 * @param arrayKeys       JSON arrays compared as sets: path of the array ({@code $.items}) to the key path of its
 *                        elements ({@code sku}); an empty key path matches elements by whole value
 * @param text            line options for text
 * @param sampleLimit     how many differences the result keeps as samples
 * @param accepted        the accepted-differences register (expired entries are reported, not applied)
 * @param spillDirectory  where record indexes spill when they do not fit in memory (a temp dir when empty)
 */
public record CompareOptions(OutputFormat format, List<String> keys, List<String> ignore, Tolerance tolerance,
                             Map<String, Tolerance> fieldTolerances, Map<String, String> arrayKeys,
                             TextOptions text, int sampleLimit, List<AcceptedDifference> accepted,
                             Optional<Path> spillDirectory) {
    public static final int DEFAULT_SAMPLES = 200;

    public CompareOptions {
        Objects.requireNonNull(format, "format");
        keys = List.copyOf(keys);
        ignore = List.copyOf(ignore);
        Objects.requireNonNull(tolerance, "tolerance");
        fieldTolerances = Map.copyOf(fieldTolerances);
        arrayKeys = Map.copyOf(arrayKeys);
        Objects.requireNonNull(text, "text");
        if (sampleLimit < 0) {
            throw new IllegalArgumentException("sampleLimit must not be negative");
        }
        accepted = List.copyOf(accepted);
        Objects.requireNonNull(spillDirectory, "spillDirectory");
    }

    public static CompareOptions defaults() {
        return new CompareOptions(OutputFormat.AUTO, List.of(), List.of(), Tolerance.EXACT, Map.of(), Map.of(),
                TextOptions.EXACT, DEFAULT_SAMPLES, List.of(), Optional.empty());
    }

    public CompareOptions withFormat(OutputFormat f) {
        return new CompareOptions(f, keys, ignore, tolerance, fieldTolerances, arrayKeys, text, sampleLimit,
                accepted, spillDirectory);
    }

    public CompareOptions withKeys(List<String> k) {
        return new CompareOptions(format, k, ignore, tolerance, fieldTolerances, arrayKeys, text, sampleLimit,
                accepted, spillDirectory);
    }

    public CompareOptions withIgnore(List<String> i) {
        return new CompareOptions(format, keys, i, tolerance, fieldTolerances, arrayKeys, text, sampleLimit,
                accepted, spillDirectory);
    }

    public CompareOptions withTolerance(Tolerance t) {
        return new CompareOptions(format, keys, ignore, t, fieldTolerances, arrayKeys, text, sampleLimit,
                accepted, spillDirectory);
    }

    public CompareOptions withFieldTolerances(Map<String, Tolerance> t) {
        return new CompareOptions(format, keys, ignore, tolerance, t, arrayKeys, text, sampleLimit,
                accepted, spillDirectory);
    }

    public CompareOptions withArrayKeys(Map<String, String> a) {
        return new CompareOptions(format, keys, ignore, tolerance, fieldTolerances, a, text, sampleLimit,
                accepted, spillDirectory);
    }

    public CompareOptions withText(TextOptions t) {
        return new CompareOptions(format, keys, ignore, tolerance, fieldTolerances, arrayKeys, t, sampleLimit,
                accepted, spillDirectory);
    }

    public CompareOptions withSampleLimit(int n) {
        return new CompareOptions(format, keys, ignore, tolerance, fieldTolerances, arrayKeys, text, n,
                accepted, spillDirectory);
    }

    public CompareOptions withAccepted(List<AcceptedDifference> a) {
        return new CompareOptions(format, keys, ignore, tolerance, fieldTolerances, arrayKeys, text, sampleLimit,
                a, spillDirectory);
    }

    public CompareOptions withSpillDirectory(Path dir) {
        return new CompareOptions(format, keys, ignore, tolerance, fieldTolerances, arrayKeys, text, sampleLimit,
                accepted, Optional.of(dir));
    }

    /** The tolerance for a field: its own when declared, else the default. */
    public Tolerance toleranceFor(String field) {
        return fieldTolerances.getOrDefault(field, tolerance);
    }
}
