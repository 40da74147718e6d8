package org.migrationworkbench.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A phase of the migration. {@code schedule} holds the resolved days (from dates, or from weeks and the
 * workspace start); {@code weeks} keeps the weeks as written, when they were used.
 */
public record Phase(String id, String title, Optional<DateRange> schedule, Optional<WeekRange> weeks,
                    List<String> dependsOn, Risk risk, Optional<String> owner, Optional<String> description,
                    Gates gates) {
    public Phase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(weeks, "weeks");
        dependsOn = List.copyOf(dependsOn);
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(gates, "gates");
    }
}
