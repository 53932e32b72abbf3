package org.paygrid.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock implements TimeMeter {
        long nanos;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }

    @Test
    void allowsABurstThenRefusesWithTheSecondsToWaitAndRefillsAtTheRate() {
        ManualClock clock = new ManualClock();
        RateLimits limits = RateLimits.local(2, 5, clock);
        for (int i = 0; i < 5; i++) {
            assertThat(limits.take("key A")).as("request " + i).isEmpty();
        }
        assertThat(limits.take("key A")).isEqualTo(OptionalLong.of(1));
        clock.nanos += 500_000_000L;   // half a second: one more token at 2 a second
        assertThat(limits.take("key A")).isEmpty();
        assertThat(limits.take("key A")).isPresent();
    }

    @Test
    void eachCallerHasABucketOfItsOwn() {
        RateLimits limits = RateLimits.local(1, 1, new ManualClock());
        assertThat(limits.take("key A")).isEmpty();
        assertThat(limits.take("key A")).isPresent();
        assertThat(limits.take("key B")).isEmpty();
        assertThat(limits.take("address 10.0.0.1")).isEmpty();
    }

    @Test
    void aSharedLimitWhoseGridFailsCountsOnThisServerInstead() {
        io.github.bucket4j.distributed.proxy.ProxyManager<String> broken =
                (io.github.bucket4j.distributed.proxy.ProxyManager<String>) java.lang.reflect.Proxy.newProxyInstance(
                        getClass().getClassLoader(),
                        new Class<?>[] {io.github.bucket4j.distributed.proxy.ProxyManager.class},
                        (proxy, method, args) -> {
                            throw new IllegalStateException("the grid is away");
                        });
        RateLimits limits = RateLimits.shared(1, 2, broken, 0);
        assertThat(limits.take("key A")).isEmpty();
        assertThat(limits.take("key A")).isEmpty();
        assertThat(limits.take("key A")).isPresent();
    }
}
