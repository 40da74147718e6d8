package org.migrationworkbench.core.compare;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one comparison.
 *
 * <p>Counts: for text, {@code removed}/{@code added} are old/new lines outside the common part of the minimal
 * diff and {@code changed} the lines paired as modifications (per hunk, the smaller of its two sides); for
 * records, added/removed/changed count records and {@code changedFields} differing field values; for folders,
 * files. {@code oldCount}/{@code newCount} are lines, records or files read. {@code tolerated} and
 * {@code ignored} count the values the options hid; {@code accepted} the differences the register accepted
 * (not included in added/removed/changed); {@code duplicates} the keys occurring more than once on a side.
 * Identical means: no differences and no duplicates left after ignore, tolerance and acceptances.
 */
public record CompareResult(ComparedAs comparedAs, long oldCount, long newCount, long added, long removed,
                            long changed, long changedFields, long tolerated, long ignored, long accepted,
                            long duplicates, Map<String, FieldStats> fields, List<Difference> samples,
                            List<FileComparison> files, List<String> notes, String inputDigest) {
    public CompareResult {
        Objects.requireNonNull(comparedAs, "comparedAs");
        fields = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(fields));
        samples = List.copyOf(samples);
        files = List.copyOf(files);
        notes = List.copyOf(notes);
        Objects.requireNonNull(inputDigest, "inputDigest");
    }

    public boolean identical() {
        return added == 0 && removed == 0 && changed == 0 && changedFields == 0 && duplicates == 0;
    }

    public long differences() {
        return added + removed + changed + duplicates;
    }
}
