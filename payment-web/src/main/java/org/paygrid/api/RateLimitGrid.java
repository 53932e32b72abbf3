package org.paygrid.api;

import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.jcache.Bucket4jJCache;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.expiry.AccessedExpiryPolicy;
import javax.naming.NamingException;
import org.paygrid.shared.grid.GridCaches;
import org.paygrid.shared.logging.Log;

/**
 * Where the per-key rate limits keep their buckets so that they hold across servers: a JCache cache of Payara's
 * data grid (Hazelcast), which every server of the domain shares, with Bucket4j's entry processors updating a
 * bucket where it lives. A bucket untouched for ten minutes is full again anyway and is dropped. Without the grid
 * (another server, or {@code paygrid.ratelimit.shared=false}) each server keeps its own buckets.
 */
final class RateLimitGrid {

    private static final Log LOG = Log.of(RateLimitGrid.class);
    static final String CACHE = "paygrid-rate-limits";

    private RateLimitGrid() {
    }

    /** The key limit: shared through the grid where there is one, else this server's own. */
    static RateLimits keyLimits(long perSecond, long burst) {
        return grid().map(grid -> RateLimits.shared(perSecond, burst, grid, System.currentTimeMillis()))
                .orElseGet(() -> RateLimits.local(perSecond, burst, io.github.bucket4j.TimeMeter.SYSTEM_NANOTIME));
    }

    private static Optional<ProxyManager<String>> grid() {
        if (!org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("paygrid.ratelimit.shared", Boolean.class).orElse(true)) {
            return Optional.empty();
        }
        try {
            Cache<String, byte[]> buckets = GridCaches.cache(GridCaches.manager(), CACHE, String.class, byte[].class,
                    AccessedExpiryPolicy.factoryOf(new javax.cache.expiry.Duration(TimeUnit.MINUTES, 10)));
            return Optional.of(Bucket4jJCache.entryProcessorBasedBuilder(buckets).build());
        } catch (NamingException | RuntimeException e) {
            LOG.warning(() -> "No data grid for rate limits (" + e + "): each server counts its own callers");
            return Optional.empty();
        }
    }
}
