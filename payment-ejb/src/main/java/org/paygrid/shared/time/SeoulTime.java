package org.paygrid.shared.time;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** Timestamps as the contract shows them: ISO-8601 with offset, in Asia/Seoul, to the second. */
public final class SeoulTime {

    private SeoulTime() {
    }

    /** When a business day (Asia/Seoul) begins: a day is [startOf(day), startOf(day + 1)). */
    public static Instant startOf(java.time.LocalDate day) {
        return day.atStartOfDay(ClockProducer.SEOUL).toInstant();
    }

    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null
                : instant.truncatedTo(ChronoUnit.SECONDS).atZone(ClockProducer.SEOUL).toOffsetDateTime();
    }
}
