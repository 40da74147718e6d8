package org.migrationworkbench.core.guide;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What single source lines look like to fence recovery: fence lines with or without an info string, and the
 * lines that show where an unclosed fence was meant to end (a heading after a blank line, a task item, another
 * fence with an info string). These read raw lines only after CommonMark found a suspicious fenced block.
 */
final class FenceLines {
    private static final Pattern FENCE = Pattern.compile("^[\\s>]*+(`{3,}+|~{3,}+)(.*)$");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})[ \\t]+\\S");
    private static final Pattern TASK = Pattern.compile("^\\s*(?:[-*+]|\\d{1,9}[.)])[ \\t]+\\[[ xX]\\](?:[ \\t]|$)");

    private FenceLines() {
    }

    /** A fence of {@code fenceChar} at least {@code length} long with nothing after it: it could close a block. */
    static boolean isBare(String line, char fenceChar, int length) {
        Matcher m = FENCE.matcher(line);
        return m.matches() && m.group(2).isBlank() && m.group(1).charAt(0) == fenceChar
                && m.group(1).length() >= length;
    }

    /** A fence with an info string (such as {@code ```python}), which opens a block and never closes one. */
    static boolean isOpening(String line) {
        Matcher m = FENCE.matcher(line);
        return m.matches() && !m.group(2).isBlank() && !(m.group(1).charAt(0) == '`' && m.group(2).contains("`"));
    }

    /** {@link #isOpening} with the same fence character and at least the same length: a sign of a missing close. */
    static boolean isOpeningLike(String line, char fenceChar, int length) {
        Matcher m = FENCE.matcher(line);
        return isOpening(line) && m.matches() && m.group(1).charAt(0) == fenceChar && m.group(1).length() >= length;
    }

    /**
     * True when line {@code i} of {@code lines} reads as Markdown rather than code: another opening fence, a task
     * item, a level 2+ heading after a blank line, or a level 1 heading with blank lines around it (a lone
     * {@code # comment} between commands stays code).
     */
    static boolean isMarkdownResumption(List<String> lines, int i) {
        String line = lines.get(i);
        if (isOpening(line) || TASK.matcher(line).find()) {
            return true;
        }
        Matcher heading = HEADING.matcher(line);
        if (!heading.find() || i == 0 || !lines.get(i - 1).isBlank()) {
            return false;
        }
        return heading.group(1).length() >= 2 || i + 1 >= lines.size() || lines.get(i + 1).isBlank();
    }

    /** The text before the fence on an opening line, with list markers turned into spaces, to indent a closer. */
    static String closerFor(String openingLine, int fenceColumn, char fenceChar, int length) {
        int at = openingLine.indexOf(fenceChar, Math.min(fenceColumn, openingLine.length()));
        String prefix = at < 0 ? "" : openingLine.substring(0, at);
        StringBuilder closer = new StringBuilder();
        for (char c : prefix.toCharArray()) {
            closer.append(c == '>' || c == '\t' ? c : ' ');
        }
        return closer.append(String.valueOf(fenceChar).repeat(length)).toString();
    }
}
