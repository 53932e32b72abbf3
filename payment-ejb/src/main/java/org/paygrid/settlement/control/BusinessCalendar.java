package org.paygrid.settlement.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Korean business days: not Saturday, not Sunday, not a public holiday of the configured table. */
public record BusinessCalendar(Set<LocalDate> holidays) {

    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** The date {@code days} business days after {@code date} (D+N); the sold date itself need not be one. */
    public LocalDate plusBusinessDays(LocalDate date, int days) {
        LocalDate result = date;
        int left = days;
        while (left > 0) {
            result = result.plusDays(1);
            if (isBusinessDay(result)) {
                left--;
            }
        }
        return result;
    }

    /** The business date before {@code date}: what the nightly run settles. */
    public LocalDate previousBusinessDay(LocalDate date) {
        LocalDate result = date.minusDays(1);
        while (!isBusinessDay(result)) {
            result = result.minusDays(1);
        }
        return result;
    }
}
