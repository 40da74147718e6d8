package org.migrationworkbench.core.readiness;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a line of a file that holds secrets is shown: an assignment keeps its name and loses its value
 * ({@code API_KEY=sk-live-123} becomes {@code API_KEY=<redacted>}, {@code password: hunter2} becomes
 * {@code password: <redacted>}); any other line is replaced whole by {@link #LINE}. Redacting a redacted
 * line changes nothing.
 */
public final class SecretLines {
    /** What stands for a value. */
    public static final String VALUE = "<redacted>";
    /** What stands for a whole line that is not an assignment (a PEM body, a {@code .netrc} entry, a comment). */
    public static final String LINE = "<redacted: line of a secrets file>";

    /*
     * NAME=VALUE (dotenv, properties, INI) or NAME: VALUE (YAML, JSON; the colon must be followed by a space, so
     * host:port:db:user:password lines of .pgpass are not taken for one), with an optional "export " and a
     * quoted name. The value must not be empty and must not start with '=': the last line of base64 key material
     * (AbC123==, AbC123=) would otherwise pass for an assignment and show its text as a "name".
     */
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "^\\s*(export\\s+)?(\"[^\"]+\"|'[^']+'|[A-Za-z_][A-Za-z0-9_.-]*)\\s*(?:(=)(?!=)|(:)(?=\\s))\\s*\\S.*$");

    private SecretLines() {
    }

    /** {@code line} with its value, or all of it, hidden; a blank line stays blank (it hides nothing). */
    public static String redact(CharSequence line) {
        if (line.toString().isBlank()) {
            return "";
        }
        Matcher m = ASSIGNMENT.matcher(line);
        if (!m.matches()) {
            return LINE;
        }
        String export = m.group(1) == null ? "" : "export ";
        return export + m.group(2) + (m.group(3) != null ? "=" : ": ") + VALUE;
    }
}
