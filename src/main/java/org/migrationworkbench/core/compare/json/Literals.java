package org.migrationworkbench.core.compare.json;

import java.nio.charset.StandardCharsets;

/** Checks of JSON's byte-level grammar for {@link JsonBytes}: literals, numbers and UTF-8 sequences. */
final class Literals {
    static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);
    static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

    private Literals() {
    }

    /**
     * {@link JsonBytes#INT} or {@link JsonBytes#FLOAT} for a number as RFC 8259 writes it
     * ({@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}); anything else is not handled.
     */
    static int numberKind(byte[] b, int from, int to) {
        int i = from;
        if (i < to && b[i] == '-') {
            i++;
        }
        int digits = digits(b, i, to);
        if (digits == 0 || digits > 1 && b[i] == '0') {
            throw new JsonBytes.NotHandled("bad number");
        }
        i += digits;
        boolean fraction = false;
        if (i < to && b[i] == '.') {
            int d = digits(b, i + 1, to);
            fraction = require(d);
            i += 1 + d;
        }
        if (i < to && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < to && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            int d = digits(b, i, to);
            fraction = require(d);
            i += d;
        }
        if (i != to) {
            throw new JsonBytes.NotHandled("bad number");
        }
        return fraction ? JsonBytes.FLOAT : JsonBytes.INT;
    }

    private static boolean require(int digits) {
        if (digits == 0) {
            throw new JsonBytes.NotHandled("bad number");
        }
        return true;
    }

    private static int digits(byte[] b, int from, int to) {
        int i = from;
        while (i < to && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
        return i - from;
    }

    /** The length of the UTF-8 sequence a lead byte starts (1 for a byte that cannot lead one). */
    static int utf8Length(byte lead) {
        int b = lead & 0xFF;
        return b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    }

    /** Whether {@code b[i..i+n)} is one well-formed UTF-8 sequence of two to four bytes (Unicode 3.9, D92). */
    static boolean validUtf8(byte[] b, int i, int n) {
        int lead = b[i] & 0xFF;
        if (n == 1 || lead < 0xC2 || lead > 0xF4) {
            return false;
        }
        int second = b[i + 1] & 0xFF;
        int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
        int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
        if (second < low || second > high) {
            return false;
        }
        for (int k = 2; k < n; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
