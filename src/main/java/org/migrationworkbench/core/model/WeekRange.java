package org.migrationworkbench.core.model;

/** Weeks of the plan as written in workbench.yaml, counted from 1. */
public record WeekRange(int from, int to) {
    public WeekRange {
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("weeks must satisfy 1 <= from <= to, got " + from + ".." + to);
        }
    }

    @Override
    public String toString() {
        return from == to ? "week " + from : "weeks " + from + "-" + to;
    }
}
