package org.migrationworkbench.core.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A guide's text as lines: {@code original} exactly as given (line terminators removed), and {@code lines} as
 * parsed, where a leading byte-order mark and zero-width characters at the start of a line are dropped and
 * double-encoded text is repaired. Both have the same number of lines, so a line number means the same in
 * either; columns of checkboxes are taken from {@code original}.
 */
record GuideText(List<String> original, List<String> lines, Optional<GuideWarning> repairWarning) {
    private static final int LISTED_LINES = 10;

    GuideText {
        original = List.copyOf(original);
        lines = List.copyOf(lines);
    }

    static GuideText of(String markdown) {
        List<String> original = markdown.lines().toList();
        List<String> lines = new ArrayList<>(original.size());
        List<Integer> repaired = new ArrayList<>();
        for (int i = 0; i < original.size(); i++) {
            String line = stripLeadingInvisibles(original.get(i));
            String fixed = Mojibake.repair(line);
            if (!fixed.equals(line)) {
                repaired.add(i + 1);
                fixed = stripLeadingInvisibles(fixed); // "ï»¿" was a byte-order mark
            }
            lines.add(fixed);
        }
        return new GuideText(original, lines, repairWarning(repaired));
    }

    /** The original text of a 1-based line, or "" past the end. */
    String originalLine(int line) {
        return line >= 1 && line <= original.size() ? original.get(line - 1) : "";
    }

    private static String stripLeadingInvisibles(String line) {
        int start = 0;
        while (start < line.length() && isInvisible(line.charAt(start))) {
            start++;
        }
        return start == 0 ? line : line.substring(start);
    }

    /** Byte-order mark, zero-width space and word joiner: they hide list markers and headings from the parser. */
    private static boolean isInvisible(char c) {
        return c == '\uFEFF' || c == '\u200B' || c == '\u2060';
    }

    private static Optional<GuideWarning> repairWarning(List<Integer> repaired) {
        if (repaired.isEmpty()) {
            return Optional.empty();
        }
        String listed = repaired.stream().limit(LISTED_LINES).map(String::valueOf).collect(Collectors.joining(", "));
        String more = repaired.size() > LISTED_LINES ? ", …" : "";
        return Optional.of(new GuideWarning(repaired.get(0), "repaired double-encoded characters (UTF-8 read as "
                + "Windows-1252, such as 'Ã©' for 'é') on " + repaired.size()
                + (repaired.size() == 1 ? " line: " : " lines: ") + listed + more));
    }
}
