package org.migrationworkbench.core.model;

import java.util.List;
import java.util.Objects;

/** How a comparison treats text lines: what it ignores and which regex normalizers it applies first. */
public record TextRules(boolean ignoreWhitespace, boolean ignoreCase, boolean ignoreBlankLines,
                        List<NormalizeRule> normalize) {
    public static final TextRules EXACT = new TextRules(false, false, false, List.of());

    public TextRules {
        normalize = List.copyOf(normalize);
    }

    /** A regular expression whose matches are replaced before lines are compared. */
    public record NormalizeRule(String name, String pattern, String replace) {
        public NormalizeRule {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(replace, "replace");
        }
    }
}
