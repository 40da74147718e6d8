package org.migrationworkbench.core.compare.csv;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * 64-bit hashes of cell values: equal values hash equal (numbers by value, see {@link CsvNumber}; text by
 * bytes, doubled quotes undone), an empty cell hashes to 0 so it equals a cell of a column the row lacks.
 */
final class CellHash {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long K = 0x9FB21C651E98DF25L;

    private byte[] scratch = new byte[256];

    /** The hash of cell {@code i} of {@code row}. */
    long of(Row row, int i) {
        int s = row.starts[i];
        int e = row.ends[i];
        if (s == e) {
            return 0;
        }
        byte[] b = row.buf;
        if (row.escaped[i]) {
            if (scratch.length < e - s) {
                scratch = new byte[e - s];
            }
            return text(scratch, 0, row.copyCell(i, scratch, 0));
        }
        byte c = b[s];
        if (c == '-' || (c >= '0' && c <= '9')) {
            long n = CsvNumber.valueHash(b, s, e);
            if (n != 0) {
                return n;
            }
        }
        return text(b, s, e);
    }

    /** A hash of the bytes {@code b[s, e)}, never 0 for a non-empty range. */
    static long text(byte[] b, int s, int e) {
        long h = (e - s) * K;
        int p = s;
        for (; p + 8 <= e; p += 8) {
            h = Long.rotateLeft((h ^ (long) LONGS.get(b, p)) * K, 29);
        }
        long tail = 0;
        for (int shift = 0; p < e; p++, shift += 8) {
            tail |= (b[p] & 0xFFL) << shift;
        }
        h = Long.rotateLeft((h ^ tail) * K, 29);
        return CsvNumber.mix(h) | 2;
    }
}
