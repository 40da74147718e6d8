package org.migrationworkbench.core.compare.json;

import java.util.Arrays;
import org.migrationworkbench.core.compare.json.JsonPaths.Role;

/**
 * What the paths pick out of records while they are hashed, for both hashers: the key parts of the current
 * record, and the values skipped so far per ignore pattern.
 */
final class PathFacts {
    private final JsonPaths paths;
    private final String[] keyParts;
    private final long[] ignored;

    PathFacts(JsonPaths paths, int keyCount) {
        this.paths = paths;
        this.keyParts = new String[keyCount];
        this.ignored = new long[paths.size()];
    }

    /** A new record starts: no key parts yet. */
    void newRecord() {
        Arrays.fill(keyParts, null);
    }

    /** Whether the value at path state {@code mask} is ignored; counts it when it is. */
    boolean isIgnored(long mask) {
        int i = paths.matched(mask, Role.IGNORE);
        if (i < 0) {
            return false;
        }
        ignored[i]++;
        return true;
    }

    /** Which key part the value at path state {@code mask} is, or -1. */
    int keySlot(long mask) {
        int k = paths.matched(mask, Role.KEY);
        return k < 0 ? -1 : paths.tag(k);
    }

    void key(int slot, String text) {
        keyParts[slot] = text;
    }

    /** The current record's key parts (null where it lacks one). */
    String[] keyParts() {
        return keyParts;
    }

    /** Values skipped so far, per ignore pattern (index of the pattern in the paths). */
    long[] ignored() {
        return ignored;
    }
}
