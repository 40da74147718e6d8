package org.migrationworkbench.core.compare.csv;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The layout of one index record, as packed in partitions: key hash, row hash (compared cells), ignored hash
 * (ignored cells), byte offset and first line of the row in its file, key length (2 bytes) and key bytes.
 */
final class IndexRecords {
    static final int KEY_HASH = 0;
    static final int ROW_HASH = 8;
    static final int IGNORED_HASH = 16;
    static final int OFFSET = 24;
    static final int LINE = 32;
    static final int KEY_LENGTH = 40;
    static final int KEY = 42;
    static final int MAX_KEY = 0xFFFF;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORTS = MethodHandles.byteArrayViewVarHandle(short[].class,
            ByteOrder.LITTLE_ENDIAN);

    private IndexRecords() {
    }

    static long get(byte[] data, int record, int field) {
        return (long) LONGS.get(data, record + field);
    }

    static void put(byte[] data, int at, long value) {
        LONGS.set(data, at, value);
    }

    static int keyLength(byte[] data, int record) {
        return (short) SHORTS.get(data, record + KEY_LENGTH) & 0xFFFF;
    }

    static void putKeyLength(byte[] data, int at, int length) {
        SHORTS.set(data, at, (short) length);
    }

    /** Where the record after {@code record} starts. */
    static int next(byte[] data, int record) {
        return record + KEY + keyLength(data, record);
    }

    static boolean sameKey(byte[] a, int ra, byte[] b, int rb) {
        int la = keyLength(a, ra);
        return la == keyLength(b, rb) && java.util.Arrays.equals(a, ra + KEY, ra + KEY + la, b, rb + KEY, rb + KEY + la);
    }
}
