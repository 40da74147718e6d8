package org.migrationworkbench.core.compare;

import java.util.List;

/**
 * How text lines are compared: whitespace ignored (all runs of blanks removed), case ignored, blank lines
 * ignored, and normalizers applied in order before comparing. The diff is computed on the normalized lines;
 * the lines shown are the original ones.
 */
public record TextOptions(boolean ignoreWhitespace, boolean ignoreCase, boolean ignoreBlankLines,
                          List<Normalizer> normalizers) {
    public static final TextOptions EXACT = new TextOptions(false, false, false, List.of());

    public TextOptions {
        normalizers = List.copyOf(normalizers);
    }

    public boolean isExact() {
        return !ignoreWhitespace && !ignoreCase && !ignoreBlankLines && normalizers.isEmpty();
    }
}
