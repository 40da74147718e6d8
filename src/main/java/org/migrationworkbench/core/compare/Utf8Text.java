package org.migrationworkbench.core.compare;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 text that keeps bytes which are not UTF-8 apart. Decoding with replacement turns {@code \xff} and
 * {@code \xfe} alike into U+FFFD, so two different cells or lines compared as decoded text were equal. Here each
 * such byte becomes a stand-in: the lone low surrogate {@code U+DC00 + byte} (as Python's "surrogateescape"),
 * which decoding well-formed UTF-8 never yields. Two byte ranges therefore decode to equal strings exactly when
 * they are equal, and text operations (regular expressions, case) leave the stand-ins alone. Stand-ins are never
 * shown: {@link #shown} turns them into U+FFFD, as a plain decoder would.
 */
public final class Utf8Text {
    private static final char REPLACEMENT = '\uFFFD';
    /** Never in well-formed UTF-8: marks a stand-in's byte in {@link #exactBytes}. */
    private static final int MARK = 0xFF;

    private Utf8Text() {
    }

    /** The text of {@code b[from, to)}, bytes that are not UTF-8 as stand-ins. */
    public static String decode(byte[] b, int from, int to) {
        String plain = new String(b, from, to - from, StandardCharsets.UTF_8);
        if (plain.indexOf(REPLACEMENT) < 0) {
            return plain; // nothing was replaced, so every byte was UTF-8
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, from, to - from);
        CharBuffer out = CharBuffer.allocate(to - from); // never more chars than bytes
        CoderResult r;
        while ((r = decoder.decode(in, out, true)).isError()) {
            for (int i = 0; i < r.length(); i++) {
                out.put((char) (0xDC00 | in.get() & 0xFF));
            }
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** Whether {@code s} holds a stand-in (a low surrogate not after a high one). */
    public static boolean hasStandIns(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isStandIn(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** {@code s} as it is shown: stand-ins as U+FFFD. */
    public static String shown(String s) {
        if (!hasStandIns(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s);
        for (int i = 0; i < s.length(); i++) {
            if (isStandIn(s, i)) {
                out.setCharAt(i, REPLACEMENT);
            }
        }
        return out.toString();
    }

    /**
     * Bytes that stand for {@code s} one to one: UTF-8, each stand-in as a marker byte (0xFF, which UTF-8 never
     * holds) and its byte. Equal exactly when the strings are, so a hash of them keeps stand-ins apart.
     */
    public static byte[] exactBytes(String s) {
        if (!hasStandIns(s)) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isStandIn(s, i)) {
                out.writeBytes(s.substring(from, i).getBytes(StandardCharsets.UTF_8));
                out.write(MARK);
                out.write(s.charAt(i) & 0xFF);
                from = i + 1;
            }
        }
        out.writeBytes(s.substring(from).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static boolean isStandIn(String s, int i) {
        char c = s.charAt(i);
        return c >= 0xDC00 && c <= 0xDCFF && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }
}
