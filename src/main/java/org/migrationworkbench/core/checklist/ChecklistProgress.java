package org.migrationworkbench.core.checklist;

/** Counts of items by state; done and n/a both count as complete. */
public record ChecklistProgress(int total, int done, int na, int blocked) {
    public static final ChecklistProgress EMPTY = new ChecklistProgress(0, 0, 0, 0);

    public int open() {
        return total - done - na - blocked;
    }

    public int complete() {
        return done + na;
    }

    /** Complete share from 0 to 1; 1 for an empty checklist (nothing left to do). */
    public double ratio() {
        return total == 0 ? 1 : (double) complete() / total;
    }

    public ChecklistProgress plus(ChecklistProgress other) {
        return new ChecklistProgress(total + other.total, done + other.done, na + other.na, blocked + other.blocked);
    }

    public ChecklistProgress minus(ChecklistProgress other) {
        return new ChecklistProgress(total - other.total, done - other.done, na - other.na, blocked - other.blocked);
    }

    /** One item in the given state (open, done, na or blocked; anything else counts as open). */
    public static ChecklistProgress of(String state) {
        return switch (state) {
            case "done" -> new ChecklistProgress(1, 1, 0, 0);
            case "na" -> new ChecklistProgress(1, 0, 1, 0);
            case "blocked" -> new ChecklistProgress(1, 0, 0, 1);
            default -> new ChecklistProgress(1, 0, 0, 0);
        };
    }

    @Override
    public String toString() {
        return complete() + "/" + total;
    }
}
