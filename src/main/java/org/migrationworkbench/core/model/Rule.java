package org.migrationworkbench.core.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A readiness rule as declared. {@code parameters} are the kind-specific fields as parsed from YAML
 * (strings, numbers, booleans, lists and maps), already checked by the validator for this kind.
 */
public record Rule(String id, String title, RuleKind kind, Optional<String> phase, Optional<String> category,
                   Severity severity, Optional<String> description, Map<String, Object> parameters) {
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(description, "description");
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
