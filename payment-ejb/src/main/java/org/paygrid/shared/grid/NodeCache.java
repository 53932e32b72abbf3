package org.paygrid.shared.grid;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Values this server keeps for itself, read without a call to the data grid or the database, and dropped on every
 * server of the domain when the change behind them commits ({@link ClusterDrops}). An entry lives at most
 * {@code timeToLive}: the bound for a server that missed a drop (a network partition). Without a grid it keeps
 * nothing, since nothing would tell it about a change made through another server.
 *
 * <p>A value read from the database races a change: read before the commit, kept after the drop, it would stay
 * stale. So a reader takes a {@link #stamp()} before it reads, and {@link #keep} keeps the value only when no drop
 * came in since (any key's: drops are rare, and a value not kept is only read again).
 */
public final class NodeCache<V> {

    private record Entry<V>(V value, long expiresAt) {
    }

    private final ConcurrentHashMap<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong drops = new AtomicLong();
    private final long timeToLiveNanos;
    private final int maxEntries;
    private final boolean enabled;

    NodeCache(Duration timeToLive, int maxEntries, boolean enabled) {
        this.timeToLiveNanos = timeToLive.toNanos();
        this.maxEntries = maxEntries;
        this.enabled = enabled;
    }

    /** Whether this cache keeps anything (there is a grid to hear of changes through). */
    public boolean keeps() {
        return enabled;
    }

    public Optional<V> get(String key) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (System.nanoTime() - entry.expiresAt() > 0) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    /** Taken before reading what {@link #keep} will keep. */
    public long stamp() {
        return drops.get();
    }

    /** Keeps the value unless a drop came in since {@code stamp} was taken. */
    public void keep(String key, V value, long stamp) {
        if (!enabled) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.clear();   // a flood of distinct keys (guessed API keys) must not grow the heap
        }
        Entry<V> entry = new Entry<>(value, System.nanoTime() + timeToLiveNanos);
        entries.put(key, entry);
        if (drops.get() != stamp) {
            // a drop counted after the stamp: it may have removed the key before the put above
            entries.remove(key, entry);
        }
    }

    /** This server's part of a drop: counted first, so that a {@link #keep} racing it does not keep. */
    void dropHere(String key) {
        drops.incrementAndGet();
        entries.remove(key);
    }
}
