package org.migrationworkbench.core.readiness;

import java.util.Objects;

/**
 * One piece of evidence for a result: a location in the target repository ({@code file} relative to it,
 * {@code line} from 1; empty file and line 0 when it is not about a place) and the text to show (the
 * matching line, a snippet, a measured value).
 */
public record Evidence(String file, int line, String text) {
    public Evidence {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
    }

    /** Evidence that is not about a place in a file. */
    public static Evidence note(String text) {
        return new Evidence("", 0, text);
    }

    public static Evidence at(String file, int line, String text) {
        return new Evidence(file, line, text);
    }
}
