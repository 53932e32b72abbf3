package org.paygrid.sdk;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How many times a call is tried again, and how long to wait before each: exponential from {@code firstWait},
 * capped at {@code maxWait}, with full jitter (a random wait up to that bound), so that many clients recovering
 * at once do not arrive together.
 */
public record RetryPolicy(int maxRetries, Duration firstWait, Duration maxWait) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8));
    public static final RetryPolicy NONE = new RetryPolicy(0, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative");
        }
    }

    /** The wait before retry number {@code retry} (1 for the first retry). */
    public Duration waitBefore(int retry) {
        long bound = Math.min(maxWait.toMillis(), firstWait.toMillis() * (1L << Math.min(retry - 1, 20)));
        return Duration.ofMillis(bound <= 0 ? 0 : ThreadLocalRandom.current().nextLong(bound + 1));
    }

    /**
     * Whether an answer calls for another try: a server error, or the same key still being worked on
     * ({@code 409 IDEMPOTENT_REQUEST_PROCESSING}). Every other 4xx is the caller's to fix.
     */
    static boolean retries(int status, String code) {
        return status >= 500 || status == 409 && "IDEMPOTENT_REQUEST_PROCESSING".equals(code);
    }
}
