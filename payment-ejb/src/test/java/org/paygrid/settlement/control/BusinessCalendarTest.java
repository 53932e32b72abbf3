package org.paygrid.settlement.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    // Chuseok 2026 (Sep 24-26), Hangul Day (Oct 9), Christmas, New Year 2027, and the substitute for Oct 3 (Oct 5)
    private final BusinessCalendar calendar = new BusinessCalendar(Set.of(LocalDate.of(2026, 9, 24),
            LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 26), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 9),
            LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)));

    @Test
    void skipsWeekends() {
        // Friday 2026-11-20 + 2 business days = Tuesday 2026-11-24
        assertThat(calendar.plusBusinessDays(LocalDate.of(2026, 11, 20), 2)).isEqualTo(LocalDate.of(2026, 11, 24));
        // a Saturday sale + 1 = Monday
        assertThat(calendar.plusBusinessDays(LocalDate.of(2026, 11, 21), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void skipsHolidaysAndSubstituteHolidays() {
        // Wednesday 2026-09-23 + 1: Thu-Sat Chuseok, Sunday -> Monday 2026-09-28
        assertThat(calendar.plusBusinessDays(LocalDate.of(2026, 9, 23), 1)).isEqualTo(LocalDate.of(2026, 9, 28));
        // Friday 2026-10-02 + 1: weekend, substitute holiday Monday 10-05 -> Tuesday 10-06
        assertThat(calendar.plusBusinessDays(LocalDate.of(2026, 10, 2), 1)).isEqualTo(LocalDate.of(2026, 10, 6));
    }

    @Test
    void crossesMonthAndYearEnds() {
        // Thursday 2026-12-24 + 2: Christmas Friday, weekend -> Mon 12-28, Tue 12-29
        assertThat(calendar.plusBusinessDays(LocalDate.of(2026, 12, 24), 2)).isEqualTo(LocalDate.of(2026, 12, 29));
        // Wednesday 2026-12-30 + 2: Thu 12-31, (New Year's Day Fri), weekend -> Mon 2027-01-04
        assertThat(calendar.plusBusinessDays(LocalDate.of(2026, 12, 30), 2)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(calendar.plusBusinessDays(LocalDate.of(2026, 11, 30), 10)).isEqualTo(LocalDate.of(2026, 12, 14));
    }

    @Test
    void theNightlyRunSettlesThePreviousBusinessDay() {
        assertThat(calendar.previousBusinessDay(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(calendar.previousBusinessDay(LocalDate.of(2026, 10, 6))).isEqualTo(LocalDate.of(2026, 10, 2));
    }

    /** Settlements.PAYOUT_LAG_DAYS (31) bounds the sold-date window of a payout-date read: D+10 fits in it. */
    @Test
    void theLongestCycleEndsWithinAMonthEvenOverChuseok() {
        for (LocalDate sold = LocalDate.of(2026, 1, 1); sold.isBefore(LocalDate.of(2028, 1, 1)); sold = sold.plusDays(1)) {
            assertThat(calendar.plusBusinessDays(sold, 10)).isBefore(sold.plusDays(31 + 1));
        }
    }
}
