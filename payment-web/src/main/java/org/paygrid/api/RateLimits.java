package org.paygrid.api;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import org.paygrid.shared.logging.Log;

/**
 * Token buckets, one per caller (an API key, a client address): {@code perSecond} requests a second on average,
 * bursts up to {@code burst}. Kept either by this server ({@link #local}: the least recently seen callers are
 * forgotten past {@link #MAX_CALLERS}, so a flood of addresses cannot grow the map without bound) or in the data
 * grid every server shares ({@link #shared}: one caller has one bucket however many servers it reaches).
 */
public final class RateLimits {

    static final int MAX_CALLERS = 50_000;

    private static final Log LOG = Log.of(RateLimits.class);

    private final Function<String, Bucket> buckets;
    /** Where a shared limit counts while the grid does not answer (a member leaving, a partition moving). */
    private final RateLimits whileGridIsAway;
    private volatile long lastGridWarning;

    private RateLimits(Function<String, Bucket> buckets, RateLimits whileGridIsAway) {
        this.buckets = buckets;
        this.whileGridIsAway = whileGridIsAway;
    }

    /** Buckets of this server only, on {@code clock}. */
    public static RateLimits local(long perSecond, long burst, TimeMeter clock) {
        BucketConfiguration configuration = configuration(perSecond, burst);
        Map<String, Bucket> buckets = recentCallers();
        return new RateLimits(caller -> buckets.computeIfAbsent(caller, k -> Bucket.builder()
                .addLimit(configuration.getBandwidths()[0]).withCustomTimePrecision(clock).build()), null);
    }

    /** At most {@link #MAX_CALLERS}, the least recently seen forgotten first. */
    private static Map<String, Bucket> recentCallers() {
        return Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > MAX_CALLERS;
            }
        });
    }

    /**
     * Buckets kept by {@code grid}, shared by every server that reaches it. A bucket keeps the configuration it was
     * made with, unless a server started later brings its own ({@code configuredAt}, the server's start): after a
     * rolling restart with new limits the new limits hold, and a server still running the old ones does not put
     * them back. Tokens carry over in proportion.
     *
     * <p>Each server counts a caller's calls on its own copy of the bucket and settles them with the grid after
     * {@link #unsynchronizedTokens} calls or {@link #UNSYNCHRONIZED_TIME}, whichever comes first (Bucket4j's delaying
     * optimization): a call into the grid costs the server far more than counting (Payara enters the application's
     * context on the grid's thread for it), and a limit is a guard against floods, not an account. So a caller may
     * get that many calls more per server before the limit holds.
     */
    public static RateLimits shared(long perSecond, long burst, ProxyManager<String> grid, long configuredAt) {
        BucketConfiguration configuration = configuration(perSecond, burst);
        Optimization settledLater = Optimizations.delaying(
                new DelayParameters(unsynchronizedTokens(burst), UNSYNCHRONIZED_TIME));
        Map<String, Bucket> buckets = recentCallers();
        return new RateLimits(caller -> buckets.computeIfAbsent(caller, k -> grid.builder()
                .withImplicitConfigurationReplacement(configuredAt, TokensInheritanceStrategy.PROPORTIONALLY)
                .withOptimization(settledLater)
                .build(k, () -> configuration)), local(perSecond, burst, TimeMeter.SYSTEM_NANOTIME));
    }

    static final Duration UNSYNCHRONIZED_TIME = Duration.ofMillis(100);

    /** A twentieth of the burst: 5% more calls per server at most before the shared limit holds. */
    static long unsynchronizedTokens(long burst) {
        return Math.max(1, burst / 20);
    }

    private static BucketConfiguration configuration(long perSecond, long burst) {
        if (perSecond < 1 || burst < 1) {
            throw new IllegalArgumentException("rate limits need at least 1 request a second and a burst of 1");
        }
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)))
                .build();
    }

    /**
     * Empty when the caller may go on; otherwise how many whole seconds to wait (at least 1). A shared limit whose
     * grid fails counts on this server meanwhile: a grid hiccup must not turn every call into a 500.
     */
    public OptionalLong take(String caller) {
        ConsumptionProbe probe;
        try {
            probe = buckets.apply(caller).tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException gridFailure) {
            if (whileGridIsAway == null) {
                throw gridFailure;
            }
            long now = System.currentTimeMillis();
            if (now - lastGridWarning > 60_000) {
                lastGridWarning = now;
                LOG.warning(() -> "The data grid did not answer for a rate limit (" + gridFailure
                        + "): this server counts on its own until it does");
            }
            return whileGridIsAway.take(caller);
        }
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
    }
}
