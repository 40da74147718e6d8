package org.migrationworkbench.core.readiness.checks;

/**
 * Covered and total lines and branches summed over the part of a report a rule looks at. {@code units} counts
 * the packages, classes or source files that contributed (0 when the rule's {@code path} matched nothing).
 */
record CoverageTotals(long linesCovered, long lines, long branchesCovered, long branches, int units) {
    static final CoverageTotals NONE = new CoverageTotals(0, 0, 0, 0, 0);

    CoverageTotals plus(CoverageTotals other) {
        return new CoverageTotals(linesCovered + other.linesCovered, lines + other.lines,
                branchesCovered + other.branchesCovered, branches + other.branches, units + other.units);
    }

    static CoverageTotals lines(long covered, long total) {
        return new CoverageTotals(covered, total, 0, 0, 1);
    }

    static CoverageTotals branches(long covered, long total) {
        return new CoverageTotals(0, 0, covered, total, 0);
    }

    long covered(boolean branch) {
        return branch ? branchesCovered : linesCovered;
    }

    long total(boolean branch) {
        return branch ? branches : lines;
    }
}
