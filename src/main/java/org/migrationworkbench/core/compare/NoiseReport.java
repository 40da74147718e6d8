package org.migrationworkbench.core.compare;

import java.util.List;
import java.util.Objects;

/**
 * What differs between two runs of the same (old) system: the volatile fields with how often they changed, and
 * the ignore rules, tolerances or normalizers that would hide them, written as they go into workbench.yaml.
 */
public record NoiseReport(String comparisonId, CompareResult result, List<Volatile> volatileFields,
                          List<String> suggestions) {
    public NoiseReport {
        Objects.requireNonNull(comparisonId, "comparisonId");
        Objects.requireNonNull(result, "result");
        volatileFields = List.copyOf(volatileFields);
        suggestions = List.copyOf(suggestions);
    }

    /** A field (JSON path, CSV column or a kind of text token) that differed between two runs. */
    public record Volatile(String field, long changes) {
    }

    public boolean quiet() {
        return result.identical();
    }
}
