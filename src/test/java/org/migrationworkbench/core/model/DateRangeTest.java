package org.migrationworkbench.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {
    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

    @Test
    void weekOneIsTheFirstSevenDays() {
        assertThat(DateRange.ofWeeks(MONDAY, 1, 1))
                .isEqualTo(new DateRange(MONDAY, LocalDate.of(2025, 3, 9)));
    }

    @Test
    void weekNRunsFromStartPlusSevenNMinusSevenToStartPlusSevenNMinusOne() {
        // week n: start + 7(n-1) .. start + 7n - 1
        DateRange weeks3to5 = DateRange.ofWeeks(MONDAY, 3, 5);

        assertThat(weeks3to5.start()).isEqualTo(MONDAY.plusDays(14));
        assertThat(weeks3to5.end()).isEqualTo(MONDAY.plusDays(34));
        assertThat(weeks3to5.days()).isEqualTo(21);
    }

    @Test
    void weeksCrossMonthAndYearEnds() {
        assertThat(DateRange.ofWeeks(LocalDate.of(2024, 12, 30), 1, 2))
                .isEqualTo(new DateRange(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 12)));
    }

    @Test
    void containsBothEndsAndNothingOutside() {
        DateRange range = new DateRange(MONDAY, MONDAY.plusDays(4));

        assertThat(range.contains(MONDAY)).isTrue();
        assertThat(range.contains(MONDAY.plusDays(4))).isTrue();
        assertThat(range.contains(MONDAY.minusDays(1))).isFalse();
        assertThat(range.contains(MONDAY.plusDays(5))).isFalse();
    }

    @Test
    void singleDayRangeLastsOneDay() {
        assertThat(new DateRange(MONDAY, MONDAY).days()).isEqualTo(1);
    }

    @Test
    void rejectsEndBeforeStart() {
        assertThatThrownBy(() -> new DateRange(MONDAY, MONDAY.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("end 2025-03-02 is before start 2025-03-03");
    }
}
