package org.migrationworkbench.core.model;

/** Numeric tolerance of a comparison; zero means exact. */
public record Tolerance(double absolute, double relative) {
    public static final Tolerance EXACT = new Tolerance(0, 0);

    public Tolerance {
        if (absolute < 0 || relative < 0 || Double.isNaN(absolute) || Double.isNaN(relative)) {
            throw new IllegalArgumentException("tolerances must be non-negative numbers");
        }
    }

    public boolean isExact() {
        return absolute == 0 && relative == 0;
    }
}
