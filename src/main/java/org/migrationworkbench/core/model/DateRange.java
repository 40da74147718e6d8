package org.migrationworkbench.core.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** An inclusive range of days. */
public record DateRange(LocalDate start, LocalDate end) {
    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    /** Week {@code n} (from 1) of a plan that starts on {@code planStart}: seven days. */
    public static DateRange ofWeeks(LocalDate planStart, int fromWeek, int toWeek) {
        return new DateRange(planStart.plusWeeks(fromWeek - 1L), planStart.plusWeeks(toWeek).minusDays(1));
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
