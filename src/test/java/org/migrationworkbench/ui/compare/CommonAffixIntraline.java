package org.migrationworkbench.ui.compare;

import java.util.List;
import org.migrationworkbench.core.compare.text.LineChange;
import org.migrationworkbench.core.compare.text.Span;

/**
 * The simplest intraline difference: everything between the common prefix and the common suffix of the two
 * lines: a predictable stand-in for the core differ in view tests.
 */
final class CommonAffixIntraline implements IntralineDiffer {
    @Override
    public LineChange of(String oldLine, String newLine) {
        int max = Math.min(oldLine.length(), newLine.length());
        int prefix = 0;
        while (prefix < max && oldLine.charAt(prefix) == newLine.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && oldLine.charAt(oldLine.length() - 1 - suffix) == newLine.charAt(newLine.length() - 1 - suffix)) {
            suffix++;
        }
        return new LineChange(span(prefix, oldLine.length() - suffix), span(prefix, newLine.length() - suffix));
    }

    private static List<Span> span(int start, int end) {
        return end > start ? List.of(new Span(start, end)) : List.of();
    }
}
