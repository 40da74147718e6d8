package org.migrationworkbench.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A declared old-versus-new output comparison. */
public record Comparison(String id, Optional<String> title, OutputRef oldSide, OutputRef newSide,
                         OutputFormat format, List<String> keys, List<String> ignore, Tolerance tolerance,
                         Optional<String> phase) {
    public Comparison {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(oldSide, "oldSide");
        Objects.requireNonNull(newSide, "newSide");
        Objects.requireNonNull(format, "format");
        keys = List.copyOf(keys);
        ignore = List.copyOf(ignore);
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(phase, "phase");
    }

    public String displayTitle() {
        return title.orElse(id);
    }
}
