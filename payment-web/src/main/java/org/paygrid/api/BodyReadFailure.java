package org.paygrid.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import org.paygrid.shared.logging.Log;

/**
 * A body the server itself failed to read, before any resource method ran, is a 503: nothing was done, so the
 * Idempotency-Key is released and a retry is processed. A body the client got wrong stays a 400 (a
 * {@link ProcessingException}). Seen: Payara's JSON-B context resolver throws ConcurrentModificationException
 * for the first concurrent requests after a start; without this they were 500s, stored as the key's answer.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class BodyReadFailure implements ReaderInterceptor {

    private static final Log LOG = Log.of(BodyReadFailure.class);
    private static final long RETRY_AFTER_SECONDS = 1;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (ProcessingException | WebApplicationException clientsOrDecided) {
            throw clientsOrDecided;
        } catch (RuntimeException ours) {
            LOG.warning(() -> "The server failed to read a request body; answered 503", ours);
            throw new ServiceUnavailableException(RETRY_AFTER_SECONDS, ours);
        }
    }
}
