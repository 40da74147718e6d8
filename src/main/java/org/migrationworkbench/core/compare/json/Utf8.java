package org.migrationworkbench.core.compare.json;

/** Well-formed UTF-8 sequences (Unicode 3.9, table 3-7), for {@link JsonBytes}. */
final class Utf8 {
    private Utf8() {
    }

    /** The length of the sequence a lead byte starts (1 for a byte that cannot lead one). */
    static int length(byte lead) {
        int b = lead & 0xFF;
        return b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    }

    /** Whether {@code b[i..i+n)} is one well-formed sequence of two to four bytes. */
    static boolean valid(byte[] b, int i, int n) {
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
