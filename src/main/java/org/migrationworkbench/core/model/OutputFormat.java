package org.migrationworkbench.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The format a comparison reads its outputs in; AUTO detects it from content and extension. */
public enum OutputFormat {
    AUTO, TEXT, JSON, JSONL, CSV, TSV;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OutputFormat> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(OutputFormat::id).toList();
    }
}
