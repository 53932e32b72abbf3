package org.paygrid.shared.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NodeCacheTest {

    private final NodeCache<String> cache = new NodeCache<>(Duration.ofMinutes(1), 3, true);

    @Test
    void keepsWhatWasReadAfterTheStamp() {
        cache.keep("k", "v", cache.stamp());

        assertThat(cache.get("k")).contains("v");
    }

    @Test
    void aDropRemovesTheKeyOnly() {
        cache.keep("k", "v", cache.stamp());
        cache.keep("other", "w", cache.stamp());

        cache.dropHere("k");

        assertThat(cache.get("k")).isEmpty();
        assertThat(cache.get("other")).contains("w");
    }

    /** Read before a change committed, kept after its drop: the value would be stale, so it is not kept. */
    @Test
    void aValueReadBeforeADropIsNotKept() {
        long stamp = cache.stamp();
        cache.dropHere("k");

        cache.keep("k", "read before the drop", stamp);

        assertThat(cache.get("k")).isEmpty();
    }

    @Test
    void aDropOfAnotherKeyAlsoStopsAKeepThatRacedIt() {
        long stamp = cache.stamp();
        cache.dropHere("other");

        cache.keep("k", "v", stamp);

        assertThat(cache.get("k")).isEmpty();
    }

    @Test
    void entriesExpire() {
        NodeCache<String> shortLived = new NodeCache<>(Duration.ZERO, 3, true);
        shortLived.keep("k", "v", shortLived.stamp());

        assertThat(shortLived.get("k")).isEmpty();
    }

    @Test
    void aFloodOfKeysDoesNotGrowPastTheLimit() {
        for (int i = 0; i < 10; i++) {
            cache.keep("k" + i, "v", cache.stamp());
        }

        assertThat(java.util.stream.IntStream.range(0, 10).filter(i -> cache.get("k" + i).isPresent()).count())
                .isLessThanOrEqualTo(3);
        assertThat(cache.get("k9")).contains("v");
    }

    @Test
    void withoutAGridNothingIsKept() {
        NodeCache<String> disabled = new NodeCache<>(Duration.ofMinutes(1), 3, false);
        disabled.keep("k", "v", disabled.stamp());

        assertThat(disabled.get("k")).isEmpty();
    }

    @Test
    void dropsReachTheirReceiverByName() {
        StringBuilder heard = new StringBuilder();
        new ClusterDrops().receive("test-receiver", heard::append);

        ClusterDrops.heard("test-receiver key with spaces");
        ClusterDrops.heard("nobody k");

        assertThat(heard).hasToString("key with spaces");
    }
}
