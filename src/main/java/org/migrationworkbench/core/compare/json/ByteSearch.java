package org.migrationworkbench.core.compare.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte searches of {@link JsonBytes}, eight bytes at a time. A byte of {@code y} is zero iff
 * {@code (y - 0x01..) & ~y} sets its high bit, for the lowest such byte exactly (higher ones may be flagged by
 * the borrow), which is all a search for the first one needs.
 */
final class ByteSearch {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
    private static final long SPACES = 0x2020202020202020L;

    private ByteSearch() {
    }

    /**
     * The first index from {@code i} below {@code limit} holding a quote, a backslash, a control byte (below
     * 0x20) or a non-ASCII byte: where a string's plain run stops. {@code limit} when there is none.
     */
    static int stringStop(byte[] b, int i, int limit) {
        int k = i;
        while (k + 8 <= limit) {
            long x = (long) LONGS.get(b, k);
            long q = x ^ QUOTES;
            long s = x ^ BACKSLASHES;
            long hit = (q - ONES & ~q | s - ONES & ~s | x - SPACES & ~x | x) & HIGHS;
            if (hit != 0) {
                return k + (Long.numberOfTrailingZeros(hit) >>> 3);
            }
            k += 8;
        }
        while (k < limit) {
            byte c = b[k];
            if (c == '"' || c == '\\' || c < 0x20) {
                return k;
            }
            k++;
        }
        return k;
    }

    /** The first index from {@code i} below {@code limit} that does not hold a space; {@code limit} if none. */
    static int spaces(byte[] b, int i, int limit) {
        int k = i;
        while (k + 8 <= limit) {
            long x = (long) LONGS.get(b, k) ^ SPACES;
            if (x != 0) {
                return k + (Long.numberOfTrailingZeros(x) >>> 3);
            }
            k += 8;
        }
        while (k < limit && b[k] == ' ') {
            k++;
        }
        return k;
    }
}
