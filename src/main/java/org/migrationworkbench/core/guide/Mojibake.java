package org.migrationworkbench.core.guide;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Repairs UTF-8 text that was once decoded as Windows-1252 or Latin-1 ("Ã©" for é, "â€”" for —, "ðŸ¦Š" for 🦊).
 *
 * <p>Each character is mapped back to the byte it came from; a run that forms one complete UTF-8 sequence
 * (a lead byte C2–F4 and its continuation bytes 80–BF) is replaced by what it decodes to, provided that is
 * neither a control character nor U+FFFD. Anything else stays as it is, so ordinary accented text is kept.
 */
final class Mojibake {
    private static final int[] BYTE_OF_CP1252 = cp1252Bytes();

    private Mojibake() {
    }

    /** The line with every unambiguous double-encoded sequence repaired; the same instance when none was found. */
    static String repair(String line) {
        if (!mayContainMojibake(line)) {
            return line;
        }
        StringBuilder out = null;
        int i = 0;
        while (i < line.length()) {
            int length = sequenceLength(line, i);
            String decoded = length > 0 ? decode(line, i, length) : null;
            if (decoded != null) {
                if (out == null) {
                    out = new StringBuilder(line.length()).append(line, 0, i);
                }
                out.append(decoded);
                i += length;
            } else {
                if (out != null) {
                    out.append(line.charAt(i));
                }
                i++;
            }
        }
        return out == null ? line : out.toString();
    }

    private static boolean mayContainMojibake(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '\u00C2' && c <= '\u00F4') {
                return true;
            }
        }
        return false;
    }

    /** How many characters starting at {@code i} form a UTF-8 sequence when read as bytes, or 0. */
    private static int sequenceLength(String line, int i) {
        int lead = byteOf(line.charAt(i));
        int continuations = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2
                : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
        if (continuations == 0 || i + continuations >= line.length()) {
            return 0;
        }
        for (int k = 1; k <= continuations; k++) {
            int b = byteOf(line.charAt(i + k));
            if (b < 0x80 || b > 0xBF) {
                return 0;
            }
        }
        return continuations + 1;
    }

    private static String decode(String line, int start, int length) {
        byte[] bytes = new byte[length];
        for (int k = 0; k < length; k++) {
            bytes[k] = (byte) byteOf(line.charAt(start + k));
        }
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        int cp = decoded.codePointAt(0);
        boolean clean = decoded.codePointCount(0, decoded.length()) == 1 && cp != 0xFFFD
                && !Character.isISOControl(cp);
        return clean ? decoded : null;
    }

    /** The Windows-1252 (or Latin-1) byte that decodes to {@code c}, or -1 for characters outside both. */
    private static int byteOf(char c) {
        if (c >= 0x80 && c <= 0xFF) {
            return c;
        }
        for (int b = 0; b < BYTE_OF_CP1252.length; b++) {
            if (BYTE_OF_CP1252[b] == c) {
                return 0x80 + b;
            }
        }
        return -1;
    }

    /** The characters Windows-1252 gives bytes 80–9F; undefined bytes keep their Latin-1 control character. */
    static int[] cp1252Bytes() {
        Charset cp1252 = Charset.forName("windows-1252");
        int[] chars = new int[0x20];
        for (int b = 0; b < chars.length; b++) {
            char c = new String(new byte[] {(byte) (0x80 + b)}, cp1252).charAt(0);
            chars[b] = c == '\uFFFD' ? 0x80 + b : c;
        }
        return chars;
    }
}
