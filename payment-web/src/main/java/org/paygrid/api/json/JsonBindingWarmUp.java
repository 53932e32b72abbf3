package org.paygrid.api.json;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;

/**
 * Reads and writes bodies one at a time until the first has completed after a start. Payara's JSON-B context
 * resolver (org.glassfish.weld.JaxRSJsonContextResolver) sets itself up on first use without a lock, and two
 * requests doing that at once fail with a ConcurrentModificationException: a 500 for a request the server may
 * already have carried out (the crash tests met it right after restarts). Once set up, it takes no lock.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class JsonBindingWarmUp implements ReaderInterceptor, WriterInterceptor {

    private static final Object FIRST_USE = new Object();
    private static volatile boolean warm;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (warm) {
            return context.proceed();
        }
        synchronized (FIRST_USE) {
            Object read = context.proceed();
            warm = true;
            return read;
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (warm) {
            context.proceed();
            return;
        }
        synchronized (FIRST_USE) {
            context.proceed();
            warm = true;
        }
    }
}
