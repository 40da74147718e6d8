package org.migrationworkbench.core.compare;

import java.util.List;
import java.util.Objects;

/**
 * One difference found by a comparator.
 *
 * <ul>
 *   <li>Text: one hunk of the minimal line diff. {@code key} is its location in diff notation ({@code 12,14c12,13}),
 *       {@code oldLine}/{@code newLine} its first line (from 1; for a pure insertion/deletion the line after which
 *       it applies on the other side), {@code oldLines}/{@code newLines} its lines (after nothing: as in the files).</li>
 *   <li>Records (JSON, CSV): one record. {@code key} is the record key as text ({@code ORD-000000017}, composite
 *       keys joined with {@code |}); for CHANGED, {@code fields} lists every differing field; for ADDED/REMOVED the
 *       record's text is in {@code newLines}/{@code oldLines}; {@code oldLine}/{@code newLine} are the lines the record
 *       starts on (0 when unknown).</li>
 *   <li>DUPLICATE: a key that occurs more than once on one side ({@code oldLines} or {@code newLines} hold the
 *       occurrences); such records are not paired.</li>
 *   <li>Folders: {@code key} is the relative path of the file.</li>
 * </ul>
 */
public record Difference(Kind kind, String key, long oldLine, long newLine, List<FieldChange> fields,
                         List<String> oldLines, List<String> newLines) {
    public enum Kind { ADDED, REMOVED, CHANGED, DUPLICATE }

    public Difference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        fields = List.copyOf(fields);
        oldLines = List.copyOf(oldLines);
        newLines = List.copyOf(newLines);
    }

    public static Difference record(Kind kind, String key, long oldLine, long newLine, List<FieldChange> fields) {
        return new Difference(kind, key, oldLine, newLine, fields, List.of(), List.of());
    }
}
