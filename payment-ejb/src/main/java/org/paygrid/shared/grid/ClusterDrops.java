package org.paygrid.shared.grid;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javax.cache.Cache;
import javax.cache.configuration.CacheEntryListenerConfiguration;
import javax.cache.configuration.FactoryBuilder;
import javax.cache.configuration.MutableCacheEntryListenerConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.naming.NamingException;
import org.paygrid.shared.id.RandomTokens;
import org.paygrid.shared.logging.Log;
import org.paygrid.shared.persistence.AfterCommit;

/**
 * Tells every server of the domain that something it may keep for itself changed: a drop is written into a cache
 * of the data grid ({@value #CACHE}) whose entry listener every server registers, and each server hands it to the
 * receiver of that name ({@link #receive}, or a {@link NodeCache} made here). The writing server drops at once;
 * the others when the grid's event reaches them, a moment later (the event is not acknowledged: a server that misses
 * one keeps what it has until its time to live). Without a grid there is no way to hear about another server's
 * changes, so {@link NodeCache}s made here keep nothing.
 *
 * <p>Why not a grid cache read on every call: each call into Payara's grid from the application hands an operation
 * to a partition thread that first enters the application's context (CDI request context, naming, class loader);
 * measured in 2026-12, the credential cache's two reads per API call cost about 5% of the server's CPU on a key-in.
 */
@ApplicationScoped
public class ClusterDrops {

    static final String CACHE = "paygrid-drops";

    private static final Log LOG = Log.of(ClusterDrops.class);
    private static final Map<String, Consumer<String>> RECEIVERS = new ConcurrentHashMap<>();

    private Cache<String, String> drops;
    private CacheEntryListenerConfiguration<String, String> listening;

    @PostConstruct
    void listen() {
        try {
            Cache<String, String> cache = GridCaches.cache(GridCaches.manager(), CACHE, String.class, String.class,
                    CreatedExpiryPolicy.factoryOf(javax.cache.expiry.Duration.ONE_MINUTE));
            // the grid makes the listener from its class name: nothing of this application travels to other servers
            listening = new MutableCacheEntryListenerConfiguration<>(FactoryBuilder.factoryOf(DropListener.class),
                    null, false, false);
            cache.registerCacheEntryListener(listening);
            drops = cache;
        } catch (NamingException | RuntimeException noGrid) {
            LOG.warning(() -> "No data grid to hear other servers' changes (" + noGrid
                    + "): this server keeps no credentials or rule book of its own");
        }
    }

    @PreDestroy
    void stop() {
        if (drops != null) {
            try {
                drops.deregisterCacheEntryListener(listening);
            } catch (RuntimeException gridGone) {
                // the server is stopping with its grid
            }
        }
        RECEIVERS.clear();
    }

    /** A cache of this server's, emptied of a key by every {@link #drop} of {@code name} on any server. */
    public <V> NodeCache<V> cache(String name, Duration timeToLive, int maxEntries) {
        NodeCache<V> cache = new NodeCache<>(timeToLive, maxEntries, drops != null);
        receive(name, cache::dropHere);
        return cache;
    }

    /** Hands every drop of {@code name} (its key) to {@code receiver} on this server. */
    public void receive(String name, Consumer<String> receiver) {
        if (name.contains(" ")) {
            throw new IllegalArgumentException("a receiver's name has no space: " + name);
        }
        RECEIVERS.put(name, receiver);
    }

    /** Whether drops reach the other servers (there is a grid). */
    public boolean reachesOtherServers() {
        return drops != null;
    }

    /** Drops {@code key} of {@code name} here at once and on every other server through the grid. */
    public void drop(String name, String key) {
        String drop = name + " " + key;
        heard(drop);
        if (drops != null) {
            try {
                // a new value each time, so that the entry is written (an update is an event too)
                drops.put(drop, RandomTokens.alphanumeric(8));
            } catch (RuntimeException gridTrouble) {
                LOG.warning(() -> "A change did not reach the other servers through the grid (" + gridTrouble
                        + "): they keep what they have of " + drop + " until its time to live");
            }
        }
    }

    /** {@link #drop} once the current transaction commits (at once, outside one). */
    public void dropOnCommit(String name, String key) {
        AfterCommit.run(() -> drop(name, key));
    }

    /** A drop heard from the grid, or made here. */
    static void heard(String drop) {
        int space = drop.indexOf(' ');
        Consumer<String> receiver = space < 0 ? null : RECEIVERS.get(drop.substring(0, space));
        if (receiver != null) {
            receiver.accept(drop.substring(space + 1));
        }
    }
}
