package org.paygrid.shared.grid;

import javax.cache.event.CacheEntryCreatedListener;
import javax.cache.event.CacheEntryEvent;
import javax.cache.event.CacheEntryUpdatedListener;

/**
 * Hears the drops every server writes into the grid's drop cache ({@link ClusterDrops}) and hands each to this
 * server's receivers. Made by the grid from its class name (a {@code FactoryBuilder.ClassFactory}), so it reaches
 * them statically.
 */
public class DropListener implements CacheEntryCreatedListener<String, String>, CacheEntryUpdatedListener<String, String> {

    @Override
    public void onCreated(Iterable<CacheEntryEvent<? extends String, ? extends String>> events) {
        events.forEach(event -> ClusterDrops.heard(event.getKey()));
    }

    @Override
    public void onUpdated(Iterable<CacheEntryEvent<? extends String, ? extends String>> events) {
        events.forEach(event -> ClusterDrops.heard(event.getKey()));
    }
}
