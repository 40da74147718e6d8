package org.migrationworkbench.core.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks to fill in at sign-off on one source line: {@code **Migration Lead**: ______},
 * {@code **Date Completed:** ___}, {@code Signature: ____ Date: ____}. A blank is three or more underscores.
 */
final class SignoffLine {
    private static final Pattern BOLD = Pattern.compile("\\*\\*\\s*([^*:\\[\\]]{1,60}?)\\s*:?\\s*\\*\\*\\s*:?\\s*_{3,}");
    private static final Pattern PLAIN = Pattern.compile(
            "(?:^|(?<=\\s))(\\p{L}[\\p{L}\\p{N} /&'().-]{0,60}?)\\s*:\\s*_{3,}");

    private SignoffLine() {
    }

    /** The names of the blanks on the line, in order; empty when it has none. */
    static List<String> names(String line) {
        if (!line.contains("___")) {
            return List.of();
        }
        List<String> names = find(BOLD, line);
        return names.isEmpty() ? find(PLAIN, line) : names;
    }

    private static List<String> find(Pattern pattern, String line) {
        List<String> names = new ArrayList<>();
        Matcher m = pattern.matcher(line);
        while (m.find()) {
            names.add(m.group(1).trim());
        }
        return names;
    }
}
