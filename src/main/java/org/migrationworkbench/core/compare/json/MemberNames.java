package org.migrationworkbench.core.compare.json;

import java.util.Arrays;

/**
 * The member-name hashes of the objects {@link JsonBytes} has open, innermost last, so that an object naming a
 * member twice is refused as Jackson's duplicate detection refuses it. Names are known by a 64-bit hash (the trust
 * record hashes rest on); equal hashes only mean "leave it to Jackson", which compares the names themselves.
 *
 * <p>Each of an object's first {@value #PAIRWISE} names is compared with those before it as it comes (cheapest on
 * the first pass, where most objects are small: a bit set of names with a sort on a clash cost 0.15 s more on
 * 190 MB than this); an object with more names is sorted and checked when it closes.
 */
final class MemberNames {
    private static final int PAIRWISE = 32;

    private long[] names = new long[64];
    private int[] starts = new int[32];
    private int size;

    /** An object opens at {@code depth}. */
    void open(int depth) {
        if (depth >= starts.length) {
            starts = Arrays.copyOf(starts, Math.max(depth + 1, starts.length * 2));
        }
        starts[depth] = size;
    }

    /** The object open at {@code depth} has a member with this name hash; true when an earlier one had it too. */
    boolean add(int depth, long nameHash) {
        long[] n = names;
        int from = starts[depth];
        if (size - from <= PAIRWISE) {
            for (int i = from; i < size; i++) {
                if (n[i] == nameHash) {
                    return true;
                }
            }
        }
        if (size == n.length) {
            names = n = Arrays.copyOf(n, size * 2);
        }
        n[size++] = nameHash;
        return false;
    }

    /** Closes the object at {@code depth}; true when two of its names hash alike (not yet found by {@link #add}). */
    boolean closeHasDuplicate(int depth) {
        int from = starts[depth];
        int to = size;
        size = from;
        if (to - from <= PAIRWISE + 1) {
            return false; // every name was compared with those before it
        }
        Arrays.sort(names, from, to); // the names are dropped anyway
        for (int i = from + 1; i < to; i++) {
            if (names[i] == names[i - 1]) {
                return true;
            }
        }
        return false;
    }
}
