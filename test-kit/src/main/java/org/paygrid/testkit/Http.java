package org.paygrid.testkit;

import java.net.http.HttpClient;

/**
 * The HTTP clients of the tests and benchmarks speak HTTP/1.1, as the servers hear it through the proxy in front of
 * them (nginx, which neither offers nor forwards an upgrade). Java's client otherwise offers an upgrade to HTTP/2
 * (h2c) on each new plain-text connection, and Payara's listener takes it: under the crash test's load and faults its
 * upgrade path once wedged every worker thread of the listener, and the server answered nobody (a thread dump showed
 * one waiting for a request body on an upgraded stream and the others blocked behind it). Turning HTTP/2 off on that
 * listener is worse: a GET that offers the upgrade then gets no answer at all.
 */
public final class Http {

    private Http() {
    }

    /** A client builder set to HTTP/1.1; the caller adds its timeouts or executor. */
    public static HttpClient.Builder client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
    }
}
