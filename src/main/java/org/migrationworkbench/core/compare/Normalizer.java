package org.migrationworkbench.core.compare;

import java.util.Objects;
import java.util.regex.Pattern;

/** A regular expression whose matches are replaced before lines are compared (mask timestamps, request ids). */
public record Normalizer(String name, Pattern pattern, String replacement) {
    public Normalizer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(replacement, "replacement");
    }

    public static Normalizer of(String name, String regex, String replacement) {
        return new Normalizer(name, Pattern.compile(regex), replacement);
    }

    public String apply(String line) {
        return pattern.matcher(line).replaceAll(replacement);
    }
}
