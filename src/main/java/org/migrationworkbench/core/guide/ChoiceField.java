package org.migrationworkbench.core.guide;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An inline single choice such as {@code **Migration Status**: [ ] In Progress [x] Completed}. */
public record ChoiceField(String name, List<String> options, Optional<String> selected, int line) {
    public ChoiceField {
        Objects.requireNonNull(name, "name");
        options = List.copyOf(options);
        Objects.requireNonNull(selected, "selected");
    }
}
