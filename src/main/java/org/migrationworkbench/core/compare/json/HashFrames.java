package org.migrationworkbench.core.compare.json;

import java.util.Arrays;

/**
 * The open containers of a record being hashed, innermost last: each one's kind, path mask, member or element
 * count, pending member-name hash and hash so far. Object members combine order-independently, arrays in order,
 * set arrays as multisets. Shared by the hashers of both readers ({@link RecordHasher}, {@link ByteRecordHasher}).
 */
final class HashFrames {
    static final byte OBJECT = 0;
    static final byte ARRAY = 1;
    static final byte SET = 2;

    private static final long OBJ_SEED = 0x4B6D8F1A3C5E7092L;
    private static final long ARR_SEED = 0x5C7E9A2B4D6F8103L;
    private static final long SET_SEED = 0x6D8FA13C5E7092B4L;

    private long[] acc = new long[32];
    private long[] masks = new long[32];
    private long[] pendingName = new long[32];
    private int[] counts = new int[32];
    private byte[] kinds = new byte[32];
    private int depth;

    void reset() {
        depth = 0;
    }

    int depth() {
        return depth;
    }

    /** The path mask of the innermost open container (0: no pattern can match below it). */
    long mask() {
        return masks[depth];
    }

    /** The innermost container is an object whose next member has this name hash. */
    void name(long nameHash) {
        pendingName[depth] = nameHash;
    }

    /** The index of the next element of the innermost array, counted. */
    int nextElement() {
        return counts[depth]++;
    }

    void push(byte kind, long mask) {
        depth++;
        if (depth == acc.length) {
            int n = depth * 2;
            acc = Arrays.copyOf(acc, n);
            masks = Arrays.copyOf(masks, n);
            pendingName = Arrays.copyOf(pendingName, n);
            counts = Arrays.copyOf(counts, n);
            kinds = Arrays.copyOf(kinds, n);
        }
        kinds[depth] = kind;
        masks[depth] = mask;
        counts[depth] = 0;
        acc[depth] = kind == OBJECT ? OBJ_SEED : kind == SET ? SET_SEED : ARR_SEED;
    }

    /** Closes the innermost container and returns its hash. */
    long pop() {
        long h = Hash64.mix(acc[depth] ^ kinds[depth]);
        depth--;
        return h;
    }

    /** Adds a value's hash to the innermost container. */
    void add(long vh) {
        switch (kinds[depth]) {
            case OBJECT -> acc[depth] += Hash64.mix(pendingName[depth] + vh * Hash64.K2);
            case SET -> acc[depth] += Hash64.mix(vh ^ SET_SEED);
            default -> acc[depth] = Long.rotateLeft((acc[depth] ^ vh) * Hash64.K1, 29);
        }
    }
}
