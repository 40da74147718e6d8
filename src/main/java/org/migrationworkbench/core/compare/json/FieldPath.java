package org.migrationworkbench.core.compare.json;

/**
 * A value's place in a record ({@code $.items[2].qty}), kept as a chain of steps and written out only when a
 * change or a tolerated value needs it: most compared values need neither.
 */
final class FieldPath {
    static final FieldPath ROOT = new FieldPath(null, null, -1);

    private final FieldPath parent;
    private final String name;
    private final int index;

    private FieldPath(FieldPath parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    FieldPath field(String field) {
        return new FieldPath(this, field, -1);
    }

    FieldPath element(int i) {
        return new FieldPath(this, null, i);
    }

    /** The path with its indexes ({@code $.items[2].qty}). */
    String text() {
        return write(new StringBuilder(), false).toString();
    }

    /** The path with indexes as {@code [*]} ({@code $.items[*].qty}): the field, across elements. */
    String folded() {
        return write(new StringBuilder(), true).toString();
    }

    @Override
    public String toString() {
        return text();
    }

    private StringBuilder write(StringBuilder sb, boolean fold) {
        if (parent == null) {
            return sb.append('$');
        }
        parent.write(sb, fold);
        if (name == null) {
            return fold ? sb.append("[*]") : sb.append('[').append(index).append(']');
        }
        return appendName(sb, name);
    }

    private static StringBuilder appendName(StringBuilder sb, String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
                return sb.append("['").append(name.replace("'", "\\'")).append("']");
            }
        }
        return name.isEmpty() ? sb.append("['']") : sb.append('.').append(name);
    }
}
