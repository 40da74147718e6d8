package org.migrationworkbench.core.report;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.migrationworkbench.core.model.DateRange;

/** Planned days in words short enough for a table column or a card: "7 Sep – 20 Sep 2026". */
public final class DayRanges {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private DayRanges() {
    }

    /** "7 Sep – 20 Sep 2026", or with both years when they differ ("28 Dec 2026 – 8 Jan 2027"). */
    public static String of(DateRange range) {
        boolean sameYear = range.start().getYear() == range.end().getYear();
        return (sameYear ? DAY : DAY_YEAR).format(range.start()) + " – " + DAY_YEAR.format(range.end());
    }
}
