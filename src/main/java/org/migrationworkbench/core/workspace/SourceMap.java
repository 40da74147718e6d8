package org.migrationworkbench.core.workspace;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each node of a parsed YAML document starts, keyed by JSON pointer ({@code /phases/2/depends_on/0}).
 * Lookups of nodes that are absent (a missing field) fall back to the nearest ancestor that exists.
 */
public final class SourceMap {
    /** A 1-based line and column. */
    public record Position(int line, int column) {
        static final Position START = new Position(1, 1);
    }

    private final Map<String, Position> values = new HashMap<>();
    private final Map<String, Position> keys = new HashMap<>();

    void putValue(String pointer, Position position) {
        values.putIfAbsent(pointer, position);
    }

    void putKey(String pointer, Position position) {
        keys.putIfAbsent(pointer, position);
    }

    /** Position of the value at {@code pointer}, or of its closest ancestor. */
    public Position value(String pointer) {
        String p = pointer;
        while (true) {
            Position found = values.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return Position.START;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Position of the key of the field at {@code pointer} (for "unknown field"), else of its value. */
    public Position key(String pointer) {
        Position found = keys.get(pointer);
        return found != null ? found : value(pointer);
    }

    /** {@code /phases/2/depends_on/0} as {@code phases[2].depends_on[0]}. */
    public static String display(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                out.append('[').append(name).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(name);
            }
        }
        return out.toString();
    }

    /** Appends a field name or list index to a pointer. */
    public static String child(String pointer, Object segment) {
        return pointer + "/" + String.valueOf(segment).replace("~", "~0").replace("/", "~1");
    }
}
