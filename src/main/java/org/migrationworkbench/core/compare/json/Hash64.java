package org.migrationworkbench.core.compare.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A fast 64-bit hash of characters (four at a time, Murmur3 finaliser). Not cryptographic: record contents are
 * trusted output files, and a hash only decides which record pairs are compared in full.
 */
final class Hash64 {
    static final long K1 = 0x9E3779B97F4A7C15L;
    static final long K2 = 0xC2B2AE3D27D4EB4FL;
    /** Seeds of the value kinds in record hashes, so that equal texts of different kinds hash apart. */
    static final long STRING = 0x1F3D5B79A2C4E6F1L;
    static final long NUMBER = 0x2E4C6A8B1D3F5971L;
    static final long NAME = 0x3A5C7E9B2D4F6183L;
    static final long TRUE = 0x7E9AB24D6F8103C5L;
    static final long FALSE = 0x0FAB135E7092B4D6L;
    static final long NULL = 0x1ABC246F8103C5E7L;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    private Hash64() {
    }

    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }

    static long chars(long seed, char[] c, int off, int len) {
        long h = seed ^ (len * K2);
        int i = off;
        int end = off + len;
        for (; i + 4 <= end; i += 4) {
            long v = c[i] | (long) c[i + 1] << 16 | (long) c[i + 2] << 32 | (long) c[i + 3] << 48;
            h = Long.rotateLeft(h ^ v * K2, 31) * K1;
        }
        long v = 0;
        for (int s = 0; i < end; i++, s += 16) {
            v |= (long) c[i] << s;
        }
        return mix(h ^ Long.rotateLeft(v * K2, 31) * K1);
    }

    static long chars(long seed, String s) {
        return chars(seed, s.toCharArray(), 0, s.length());
    }

    static long bytes(long seed, byte[] b, int off, int len) {
        long h = seed ^ (len * K2);
        for (int i = off; i < off + len; i++) {
            h = (h ^ (b[i] & 0xFF)) * K1;
        }
        return mix(h);
    }

    /** Like {@link #chars} for bytes, eight at a time. */
    static long words(long seed, byte[] b, int off, int len) {
        long h = seed ^ (len * K2);
        int i = off;
        int end = off + len;
        for (; i + 8 <= end; i += 8) {
            long v = (long) LONGS.get(b, i);
            h = Long.rotateLeft(h ^ v * K2, 31) * K1;
        }
        long v = 0;
        if (i < end && i + 8 <= b.length) {
            v = (long) LONGS.get(b, i) & -1L >>> (64 - 8 * (end - i));
        } else {
            for (int s = 0; i < end; i++, s += 8) {
                v |= (long) (b[i] & 0xFF) << s;
            }
        }
        return mix(h ^ Long.rotateLeft(v * K2, 31) * K1);
    }
}
