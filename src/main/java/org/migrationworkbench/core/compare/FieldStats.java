package org.migrationworkbench.core.compare;

/** Per field (JSON path with array indexes as {@code [*]}, or CSV column): how often it differed, was tolerated, ignored. */
public record FieldStats(long changed, long tolerated, long ignored) {
    public static final FieldStats ZERO = new FieldStats(0, 0, 0);

    public FieldStats plus(FieldStats o) {
        return new FieldStats(changed + o.changed, tolerated + o.tolerated, ignored + o.ignored);
    }
}
