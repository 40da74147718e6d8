package org.migrationworkbench.core.compare.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.migrationworkbench.core.compare.Normalizer;
import org.migrationworkbench.core.compare.TextOptions;
import org.migrationworkbench.core.compare.Utf8Text;

/**
 * What a line is compared by: a 64-bit hash of its bytes (without the terminator), or of its normalized text when
 * options ask for normalization (bytes that are not UTF-8 kept apart, see {@link Utf8Text}). Two lines with equal
 * keys are taken as equal without comparing their bytes: the hash is a 64-bit mix of xxHash64's round and
 * MurmurHash3's finalizer, so two different lines share a key with a probability of about 2^-64, and among the n
 * distinct lines of a pair some two collide with about n^2 / 2^65 (1e-7 for the 3 million lines of the 400 MB
 * benchmark pair, 1e-5 for 30 million lines). Comparing the bytes of every common line would read both files a
 * second time, which would cost more than the diff itself.
 *
 * <p>One instance per file and thread: it counts, per normalizer, the lines it changed.
 */
final class LineKey {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final long P1 = 0x9E3779B185EBCA87L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private static final long P3 = 0x165667B19E3779F9L;

    private final TextOptions options;
    private final boolean exact;
    private final long[] normalized;

    LineKey(TextOptions options) {
        this.options = options;
        this.exact = !options.ignoreCase() && !options.ignoreWhitespace() && options.normalizers().isEmpty();
        this.normalized = new long[options.normalizers().size()];
    }

    /** Lines each normalizer changed, in the order of {@link TextOptions#normalizers()}. */
    long[] normalizedLines() {
        return normalized.clone();
    }

    long of(byte[] b, int start, int end) {
        if (exact) {
            return hash(b, start, end);
        }
        // bytes that are not UTF-8 stay themselves through normalizing, so they never equal other bytes
        byte[] text = Utf8Text.exactBytes(normalize(Utf8Text.decode(b, start, end)));
        return hash(text, 0, text.length);
    }

    String normalize(String line) {
        String s = line;
        List<Normalizer> normalizers = options.normalizers();
        for (int i = 0; i < normalizers.size(); i++) {
            String n = normalizers.get(i).apply(s);
            if (!n.equals(s)) {
                normalized[i]++;
            }
            s = n;
        }
        if (options.ignoreWhitespace()) {
            s = BLANKS.matcher(s).replaceAll("");
        }
        if (options.ignoreCase()) {
            s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        }
        return s;
    }

    /** The key of raw bytes {@code [start, end)}: 8 bytes per round, then the tail and the length. */
    static long hash(byte[] b, int start, int end) {
        long h = P3;
        int p = start;
        for (; p + 8 <= end; p += 8) {
            h = Long.rotateLeft(h + (long) LONGS.get(b, p) * P2, 31) * P1;
        }
        long tail = 0;
        for (int i = end - 1; i >= p; i--) {
            tail = tail << 8 | (b[i] & 0xff);
        }
        h = Long.rotateLeft(h + tail * P2, 31) * P1 ^ (end - start) * P3;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ h >>> 33;
    }

    /** True when bytes {@code [start, end)} are only blanks (space, tab, form feed, vertical tab, CR). */
    static boolean isBlank(byte[] b, int start, int end) {
        for (int i = start; i < end; i++) {
            byte c = b[i];
            if (c != ' ' && c != '\t' && c != '\f' && c != 0x0B && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
