package org.migrationworkbench.ui.readiness;

/** A scorecard cell chosen to filter the rule list: a phase and a category as the grid names them. */
public record CellFilter(String phase, String category) {
    boolean matches(RuleRow row) {
        return row.phaseKey().equals(phase) && row.categoryKey().equals(category);
    }

    /** "cutover · security". */
    public String label() {
        return phase + " · " + category;
    }
}
