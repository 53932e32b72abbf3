package org.paygrid.webhook.entity;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * When a delivery is attempted: entry {@code i} is the wait before attempt {@code i + 1} (the first entry, usually
 * PT0S, is the wait after the event). One attempt per entry; after the last one fails the delivery is FAILED.
 * The contract asks for at least 7 attempts over at least 24 hours; tests configure a much shorter schedule.
 */
public record RetrySchedule(List<Duration> waits) {

    /** 8 attempts over 27 h 36 min. */
    public static final String DEFAULT = "PT0S,PT1M,PT5M,PT30M,PT2H,PT5H,PT10H,PT10H";

    static final int CONTRACT_ATTEMPTS = 7;
    static final Duration CONTRACT_SPAN = Duration.ofHours(24);

    public RetrySchedule {
        if (waits.isEmpty()) {
            throw new IllegalArgumentException("a retry schedule needs at least one attempt");
        }
        if (waits.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("a retry schedule cannot wait a negative time");
        }
        waits = List.copyOf(waits);
    }

    /** Comma-separated ISO-8601 durations, e.g. {@code PT0S,PT1M,PT5M}; blanks around commas are ignored. */
    public static RetrySchedule parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a retry schedule needs at least one attempt");
        }
        List<Duration> waits = new ArrayList<>();
        for (String part : Arrays.asList(text.split(","))) {
            try {
                waits.add(Duration.parse(part.trim()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + part.trim() + "' is not an ISO-8601 duration (e.g. PT5M)", e);
            }
        }
        return new RetrySchedule(waits);
    }

    public int maxAttempts() {
        return waits.size();
    }

    /** The wait before the first attempt. */
    public Duration firstWait() {
        return waits.get(0);
    }

    /** The wait before the next attempt after {@code attemptsMade} failed ones; empty when none is left. */
    public Optional<Duration> waitAfter(int attemptsMade) {
        return attemptsMade < waits.size() ? Optional.of(waits.get(attemptsMade)) : Optional.empty();
    }

    /** From the event to the last attempt. */
    public Duration span() {
        return waits.stream().reduce(Duration.ZERO, Duration::plus);
    }

    /** At least 7 attempts over at least 24 hours (contract section 7). */
    public boolean meetsContract() {
        return maxAttempts() >= CONTRACT_ATTEMPTS && span().compareTo(CONTRACT_SPAN) >= 0;
    }

    @Override
    public String toString() {
        return maxAttempts() + " attempts over " + span();
    }
}
