package org.paygrid.merchantdashboard.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the dashboard writes a moment: Korean time, to the minute (the contract's time zone, section 2). */
@Named
@ApplicationScoped
public class Display {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Seoul"));
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Seoul"));

    /** An {@link Instant} or an offset or zoned date-time (what the domain's records carry). */
    public String time(Object at) {
        return format(MINUTE, at);
    }

    /** To the second, where several things happen in a minute (a delivery's attempts, a timeline). */
    public String exactTime(Object at) {
        return format(SECOND, at);
    }

    private static String format(DateTimeFormatter formatter, Object at) {
        if (at == null) {
            return "";
        }
        if (at instanceof java.time.temporal.TemporalAccessor moment
                && moment.isSupported(java.time.temporal.ChronoField.INSTANT_SECONDS)) {
            return formatter.format(moment);
        }
        return String.valueOf(at);
    }
}
