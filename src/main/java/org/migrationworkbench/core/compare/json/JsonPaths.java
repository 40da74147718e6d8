package org.migrationworkbench.core.compare.json;

import java.util.ArrayList;
import java.util.List;
import org.migrationworkbench.core.WorkbenchException;

/**
 * The paths a JSON comparison cares about (ignored values, record key fields, arrays compared as sets), compiled
 * into one small automaton so a streaming reader can follow them with one {@code long} per nesting level.
 *
 * <p>Supported subset of JSONPath, always relative to a record ({@code $} is the record; in a top-level array or
 * JSON Lines each element is a record, and a leading {@code $[*]} is accepted and dropped):
 * {@code $} root, {@code .name} child, {@code ['name']} child with any characters, {@code .*} and {@code [*]} any
 * child or element, {@code [3]} one element, {@code ..name} a field of that name at any depth below. Key paths
 * may leave out the {@code $.} ({@code order.id}).
 *
 * <p>A state is a bit set: each pattern of k steps owns k+1 bits; bit j set means "j steps matched, step j next",
 * and the last bit means "this value matches the pattern". Immutable and thread-safe.
 */
final class JsonPaths {
    enum Role { IGNORE, KEY, SET }

    private static final byte CHILD = 0;
    private static final byte ANY = 1;
    private static final byte INDEX = 2;
    private static final byte DESCENDANT = 3;

    private final List<String> texts = new ArrayList<>();
    private final List<Role> roles = new ArrayList<>();
    private final List<Integer> tags = new ArrayList<>();
    private final byte[] kinds = new byte[64];
    private final String[] names = new String[64];
    private final int[] indexes = new int[64];
    private final int[] patternOfBit = new int[64];
    private int bits;
    private long start;
    private long accept;
    private final long[] roleAccept = new long[Role.values().length];
    private boolean hasDescendant;

    /** Adds a pattern; {@code tag} is kept for the caller (key position, array-key entry). */
    JsonPaths add(String path, Role role, int tag) {
        List<Object[]> steps = parse(path);
        if (bits + steps.size() + 1 > 64) {
            throw new WorkbenchException("Too many or too long JSON paths (at most 64 steps in all): " + path);
        }
        int pattern = texts.size();
        texts.add(path);
        roles.add(role);
        tags.add(tag);
        start |= 1L << bits;
        for (Object[] s : steps) {
            kinds[bits] = (Byte) s[0];
            names[bits] = (String) s[1];
            indexes[bits] = (Integer) s[2];
            hasDescendant |= kinds[bits] == DESCENDANT;
            patternOfBit[bits++] = pattern;
        }
        patternOfBit[bits] = pattern;
        accept |= 1L << bits;
        roleAccept[role.ordinal()] |= 1L << bits;
        bits++;
        return this;
    }

    /** The state of a record's root value. */
    long start() {
        return start;
    }

    boolean isEmpty() {
        return texts.isEmpty();
    }

    /** The state of field {@code name} of an object whose state is {@code mask}. */
    long field(long mask, String name) {
        long m = mask & ~accept;
        long next = 0;
        while (m != 0) {
            int i = Long.numberOfTrailingZeros(m);
            m &= m - 1;
            byte k = kinds[i];
            if (k == DESCENDANT) {
                next |= 1L << i;
            }
            if (k == ANY || (k == CHILD || k == DESCENDANT) && names[i].equals(name)) {
                next |= 1L << (i + 1);
            }
        }
        return next;
    }

    /** The state of element {@code index} of an array whose state is {@code mask}. */
    long element(long mask, int index) {
        long m = mask & ~accept;
        long next = 0;
        while (m != 0) {
            int i = Long.numberOfTrailingZeros(m);
            m &= m - 1;
            byte k = kinds[i];
            if (k == DESCENDANT) {
                next |= 1L << i;
            } else if (k == ANY || k == INDEX && indexes[i] == index) {
                next |= 1L << (i + 1);
            }
        }
        return next;
    }

    /** The first pattern of this role a value in state {@code mask} matches, or -1. */
    int matched(long mask, Role role) {
        long m = mask & roleAccept[role.ordinal()];
        return m == 0 ? -1 : patternOfBit[Long.numberOfTrailingZeros(m)];
    }

    boolean matches(long mask, Role role) {
        return (mask & roleAccept[role.ordinal()]) != 0;
    }

    String text(int pattern) {
        return texts.get(pattern);
    }

    int tag(int pattern) {
        return tags.get(pattern);
    }

    int size() {
        return texts.size();
    }

    /** True when a state can still lead to a match below (fast path for the streaming reader). */
    boolean live(long mask) {
        return (mask & ~accept) != 0;
    }

    boolean hasDescendant() {
        return hasDescendant;
    }

    static List<Object[]> parse(String path) {
        String p = path.strip();
        if (!p.startsWith("$")) {
            p = "$." + p;
        }
        List<Object[]> steps = new ArrayList<>();
        int i = 1;
        while (i < p.length()) {
            i = step(p, i, steps, path);
        }
        return steps;
    }

    private static int step(String p, int i, List<Object[]> steps, String original) {
        char c = p.charAt(i);
        if (c == '.' && i + 1 < p.length() && p.charAt(i + 1) == '.') {
            int end = nameEnd(p, i + 2);
            String name = p.substring(i + 2, end);
            requireName(name, original, i + 2);
            steps.add(new Object[] {DESCENDANT, name, -1});
            return end;
        }
        if (c == '.') {
            int end = nameEnd(p, i + 1);
            String name = p.substring(i + 1, end);
            requireName(name, original, i + 1);
            steps.add("*".equals(name) ? new Object[] {ANY, "", -1} : new Object[] {CHILD, name, -1});
            return end;
        }
        if (c == '[') {
            return bracket(p, i, steps, original);
        }
        throw bad(original, i, "expected '.', '..' or '['");
    }

    private static int bracket(String p, int i, List<Object[]> steps, String original) {
        int close = p.indexOf(']', i);
        if (close < 0) {
            throw bad(original, i, "missing ']'");
        }
        String inner = p.substring(i + 1, close).strip();
        if ("*".equals(inner)) {
            steps.add(new Object[] {ANY, "", -1});
        } else if (inner.length() >= 2 && (inner.startsWith("'") && inner.endsWith("'")
                || inner.startsWith("\"") && inner.endsWith("\""))) {
            steps.add(new Object[] {CHILD, inner.substring(1, inner.length() - 1), -1});
        } else if (inner.matches("\\d{1,9}")) {
            steps.add(new Object[] {INDEX, "", Integer.parseInt(inner)});
        } else {
            throw bad(original, i, "expected [*], [n] or ['name']");
        }
        return close + 1;
    }

    private static int nameEnd(String p, int from) {
        int end = from;
        while (end < p.length() && p.charAt(end) != '.' && p.charAt(end) != '[') {
            end++;
        }
        return end;
    }

    private static void requireName(String name, String original, int at) {
        if (name.isEmpty()) {
            throw bad(original, at, "a field name is missing");
        }
    }

    private static WorkbenchException bad(String path, int at, String what) {
        return new WorkbenchException("JSON path '" + path + "' is not supported at character " + (at + 1) + ": "
                + what + ". Supported: $.a.b, $..name, $.items[*].x, $.items[0], $['odd name'].");
    }
}
