package org.migrationworkbench.core.compare.csv;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Type-aware numbers: a cell is a number when it is written as a JSON number ({@code -12}, {@code 1.50},
 * {@code 1e3}); then it equals every cell of the same value ({@code 1 = 1.0 = 1.00}, {@code 1e3 = 1000}).
 * Anything else is text and compared byte for byte: {@code 007}, {@code +1}, {@code .5}, {@code 1.},
 * {@code NaN}, {@code " 1"} (leading zeros usually mean a code, not a quantity).
 */
final class CsvNumber {
    /** Exponents beyond this many digits make a cell text (no real output writes them). */
    private static final int MAX_EXPONENT_DIGITS = 8;

    private CsvNumber() {
    }

    /**
     * A hash of the number's value written in {@code b[s, e)}, equal for equal values, or {@code 0} when the
     * bytes are not a number (a number's hash is never 0).
     */
    static long valueHash(byte[] b, int s, int e) {
        int p = s;
        boolean negative = p < e && b[p] == '-';
        if (negative) {
            p++;
        }
        if (p >= e || !digit(b[p]) || (b[p] == '0' && p + 1 < e && digit(b[p + 1]))) {
            return 0;
        }
        long h = 0x9E3779B97F4A7C15L;
        int zeros = 0;
        int position = 0;
        int point = -1;
        int first = -1;
        for (; p < e; p++) {
            byte c = b[p];
            if (c == '.' && point < 0) {
                if (p + 1 >= e || !digit(b[p + 1])) {
                    return 0;
                }
                point = position;
                continue;
            }
            if (!digit(c)) {
                break;
            }
            if (c == '0') {
                zeros += first >= 0 ? 1 : 0;
            } else {
                if (first < 0) {
                    first = position;
                }
                for (; zeros > 0; zeros--) {
                    h = h * 31 + '0';
                }
                h = h * 31 + c;
            }
            position++;
        }
        long exponent = exponent(b, p, e);
        if (exponent == Long.MIN_VALUE) {
            return 0;
        }
        if (first < 0) {
            return 0x5A17L;
        }
        long magnitude = (point < 0 ? position : point) - first + exponent;
        return mix(h ^ (magnitude * 0xC2B2AE3D27D4EB4FL) ^ (negative ? 0x27D4EB2F165667C5L : 0)) | 1;
    }

    /** The exponent part from {@code p} ({@code e12}, {@code E-3}; nothing is 0), or MIN_VALUE when malformed. */
    private static long exponent(byte[] b, int p, int e) {
        if (p == e) {
            return 0;
        }
        if (b[p] != 'e' && b[p] != 'E') {
            return Long.MIN_VALUE;
        }
        p++;
        boolean negative = p < e && b[p] == '-';
        if (p < e && (b[p] == '-' || b[p] == '+')) {
            p++;
        }
        if (p == e || e - p > MAX_EXPONENT_DIGITS) {
            return Long.MIN_VALUE;
        }
        long x = 0;
        for (; p < e; p++) {
            if (!digit(b[p])) {
                return Long.MIN_VALUE;
            }
            x = x * 10 + (b[p] - '0');
        }
        return negative ? -x : x;
    }

    /** The cell's value when it is a number. */
    static Optional<BigDecimal> parse(String cell) {
        byte[] b = cell.getBytes(StandardCharsets.UTF_8);
        if (valueHash(b, 0, b.length) == 0) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(cell));
    }

    private static boolean digit(byte c) {
        return c >= '0' && c <= '9';
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
