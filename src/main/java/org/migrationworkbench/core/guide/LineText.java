package org.migrationworkbench.core.guide;

import java.util.regex.Pattern;

/** Single Markdown source lines reduced to what line patterns match against. */
final class LineText {
    private static final Pattern LEAD = Pattern.compile(
            "^[\\s>]*(?:(?:[-*+]|\\d{1,9}[.)])\\s+)?(?:\\[[ xX]\\]\\s+)?");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`");

    private LineText() {
    }

    /** The line without quote and list markers, task box, bold and code marks: {@code Risk Level: HIGH}. */
    static String plain(String line) {
        String unmarked = LEAD.matcher(line).replaceFirst("");
        return Inlines.clean(EMPHASIS.matcher(unmarked).replaceAll(""));
    }

    /** A label as written before a colon or a box: emphasis, trailing colons and separators removed. */
    static String label(String text) {
        String plain = plain(text);
        int end = plain.length();
        while (end > 0 && (":|-–—".indexOf(plain.charAt(end - 1)) >= 0 || Character.isWhitespace(plain.charAt(end - 1)))) {
            end--;
        }
        return plain.substring(0, end).replace("*", "").trim();
    }
}
