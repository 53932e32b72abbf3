package org.paygrid.shared;

import java.util.UUID;

/**
 * This server in the domain, and this life of it: the name is the Payara instance's ("server" for a domain's own),
 * the life changes with every start, so that a restarted server can tell its own earlier work from its peers'.
 */
public final class ThisServer {

    public static final String NAME = System.getProperty("com.sun.aas.instanceName", "server");
    public static final String LIFE = UUID.randomUUID().toString();

    private ThisServer() {
    }
}
