package org.migrationworkbench.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A declared old-versus-new output comparison. {@code fieldTolerances} replace the default tolerance for one
 * JSON path or CSV column; {@code arrays} compares JSON arrays as sets keyed by an element path; {@code rerun}
 * is a second run of the old system, for the noise check.
 */
public record Comparison(String id, Optional<String> title, OutputRef oldSide, OutputRef newSide,
                         OutputFormat format, List<String> keys, List<String> ignore, Tolerance tolerance,
                         Map<String, Tolerance> fieldTolerances, Map<String, String> arrays, TextRules text,
                         Optional<OutputRef> rerun, Optional<String> phase) {
    public Comparison {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(oldSide, "oldSide");
        Objects.requireNonNull(newSide, "newSide");
        Objects.requireNonNull(format, "format");
        keys = List.copyOf(keys);
        ignore = List.copyOf(ignore);
        Objects.requireNonNull(tolerance, "tolerance");
        fieldTolerances = Map.copyOf(fieldTolerances);
        arrays = Map.copyOf(arrays);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rerun, "rerun");
        Objects.requireNonNull(phase, "phase");
    }

    public String displayTitle() {
        return title.orElse(id);
    }
}
