package org.migrationworkbench.core.compare.json;

import java.nio.charset.StandardCharsets;

/** The text of a JSON string token given as UTF-8 bytes without its quotes, escapes resolved. */
final class JsonText {
    private JsonText() {
    }

    /** Decodes {@code b[from..to)}; the bytes were checked by {@link JsonBytes} (valid UTF-8 and escapes). */
    static String decode(byte[] b, int from, int to, boolean escaped) {
        if (!escaped) {
            return new String(b, from, to - from, StandardCharsets.UTF_8);
        }
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int j = i;
            while (j < to && b[j] != '\\') {
                j++;
            }
            out.append(new String(b, i, j - i, StandardCharsets.UTF_8));
            if (j == to) {
                break;
            }
            i = unescape(b, j, out);
        }
        return out.toString();
    }

    /** Appends the escape at {@code b[i]} (a backslash) and returns the index after it. */
    private static int unescape(byte[] b, int i, StringBuilder out) {
        char e = (char) b[i + 1];
        switch (e) {
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
                out.append((char) Integer.parseInt(new String(b, i + 2, 4, StandardCharsets.US_ASCII), 16));
                return i + 6;
            }
            default -> out.append(e);
        }
        return i + 2;
    }
}
