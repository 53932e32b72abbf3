package org.paygrid.simulator;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * A body that is not JSON (or of the wrong shape): like any network partner, the simulator answers in its own
 * error format ({@code 400 {code, message}}) instead of the server's HTML error page.
 */
@Provider
public class UnreadableRequestMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        return Response.status(400).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("code", "INVALID_REQUEST", "message", "The request body is not valid JSON for this call"))
                .build();
    }
}
