package org.paygrid.api;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Token buckets, one per caller (an API key, a client address): {@code perSecond} requests a second on average,
 * bursts up to {@code burst}. The least recently seen callers are forgotten past {@link #MAX_CALLERS}, so a flood
 * of addresses cannot grow the map without bound (a forgotten caller starts again with a full bucket).
 */
public final class RateLimits {

    static final int MAX_CALLERS = 50_000;

    private final long perSecond;
    private final long burst;
    private final TimeMeter clock;
    private final Map<String, Bucket> buckets = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                    return size() > MAX_CALLERS;
                }
            });

    public RateLimits(long perSecond, long burst, TimeMeter clock) {
        if (perSecond < 1 || burst < 1) {
            throw new IllegalArgumentException("rate limits need at least 1 request a second and a burst of 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.clock = clock;
    }

    /** Empty when the caller may go on; otherwise how many whole seconds to wait (at least 1). */
    public OptionalLong take(String caller) {
        ConsumptionProbe probe = buckets.computeIfAbsent(caller, k -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)))
                .withCustomTimePrecision(clock)
                .build();
    }
}
