package org.migrationworkbench.core.readiness.files;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A fast pre-check for a regex: when every top-level alternative of the pattern starts with literal text (such as
 * {@code import app\.sandbox|TODO|FIXME}), a line can only match if it contains one of those literals, so runs of
 * lines without any can be skipped without running the regex. Patterns with flags, or an alternative that starts
 * with a group, class or wildcard, get no pre-check.
 */
final class Literals implements TextFiles.ChunkFilter {
    private static final String META = "\\^$.|?*+()[]{}";
    private final char[][] literals;

    private Literals(List<String> literals) {
        this.literals = literals.stream().map(String::toCharArray).toArray(char[][]::new);
    }

    static Optional<Literals> of(Pattern pattern) {
        if (pattern.flags() != 0) {
            return Optional.empty();
        }
        List<String> found = new ArrayList<>();
        for (String branch : pattern.pattern().split("\\|", -1)) {
            String literal = leadingLiteral(branch);
            if (literal.isEmpty()) {
                return Optional.empty();
            }
            found.add(literal);
        }
        return Optional.of(new Literals(found));
    }

    /** The literal text a branch starts with; empty when there is none or the branch is not plain enough. */
    private static String leadingLiteral(String branch) {
        if (hasUnescaped(branch, "([") || branch.contains("\\Q")) {
            return "";  // a '|' inside a group or class would have split the pattern wrongly
        }
        StringBuilder literal = new StringBuilder();
        int i = branch.startsWith("^") ? 1 : 0;
        while (i < branch.length()) {
            char c = branch.charAt(i);
            if (c == '\\' && i + 1 < branch.length() && !Character.isLetterOrDigit(branch.charAt(i + 1))) {
                c = branch.charAt(++i);
            } else if (META.indexOf(c) >= 0) {
                break;
            }
            literal.append(c);
            i++;
        }
        boolean optionalLast = i < branch.length() && "?*{".indexOf(branch.charAt(i)) >= 0;
        return optionalLast && literal.length() > 0 ? literal.substring(0, literal.length() - 1) : literal.toString();
    }

    /** True when one of {@code chars} occurs not escaped by a backslash ({@code \\(} is escaped, {@code \\\\(} is not). */
    static boolean hasUnescaped(String text, String chars) {
        boolean escaped = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!escaped && chars.indexOf(c) >= 0) {
                return true;
            }
            escaped = !escaped && c == '\\';
        }
        return false;
    }

    /**
     * The literals as UTF-8 bytes, for searching files as bytes; empty when a literal holds a line break, U+FFFD
     * (which decoding makes of malformed bytes) or a surrogate, for which bytes cannot stand in for the text.
     */
    Optional<byte[][]> utf8() {
        byte[][] bytes = new byte[literals.length][];
        for (int i = 0; i < literals.length; i++) {
            for (char c : literals[i]) {
                if (c == '\n' || c == '\uFFFD' || Character.isSurrogate(c)) {
                    return Optional.empty();
                }
            }
            bytes[i] = new String(literals[i]).getBytes(StandardCharsets.UTF_8);
        }
        return Optional.of(bytes);
    }

    @Override
    public boolean mayMatch(char[] chars, int from, int to) {
        for (char[] literal : literals) {
            if (indexOf(chars, from, to, literal)) {
                return true;
            }
        }
        return false;
    }

    private static boolean indexOf(char[] chars, int from, int to, char[] literal) {
        char first = literal[0];
        int last = to - literal.length;
        for (int i = from; i <= last; i++) {
            if (chars[i] == first && regionMatches(chars, i, literal)) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionMatches(char[] chars, int at, char[] literal) {
        for (int j = 1; j < literal.length; j++) {
            if (chars[at + j] != literal[j]) {
                return false;
            }
        }
        return true;
    }
}
