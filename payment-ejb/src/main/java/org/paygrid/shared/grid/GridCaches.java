package org.paygrid.shared.grid;

import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.Factory;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.ExpiryPolicy;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The caches of Payara's data grid (JCache over Hazelcast), which every server of the domain shares: the manager
 * Payara binds in JNDI, and a named cache got or, on first use in the domain, created with its expiry.
 */
public final class GridCaches {

    private GridCaches() {
    }

    /** Payara's cache manager; NamingException where there is no grid (another server). */
    public static CacheManager manager() throws NamingException {
        return (CacheManager) new InitialContext().lookup("payara/CacheManager");
    }

    /** The named cache, created with this expiry unless a server (this one or another) already made it. */
    public static <K, V> Cache<K, V> cache(CacheManager manager, String name, Class<K> keys, Class<V> values,
                                           Factory<? extends ExpiryPolicy> expiry) {
        Cache<K, V> cache = manager.getCache(name, keys, values);
        if (cache != null) {
            return cache;
        }
        try {
            return manager.createCache(name, new MutableConfiguration<K, V>().setTypes(keys, values)
                    .setExpiryPolicyFactory(expiry));
        } catch (CacheException createdByAnotherServer) {
            return manager.getCache(name, keys, values);
        }
    }
}
