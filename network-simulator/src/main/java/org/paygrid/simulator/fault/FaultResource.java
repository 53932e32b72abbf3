package org.paygrid.simulator.fault;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Read and change the injected faults. */
@Path("/admin/faults")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class FaultResource {

    @Inject
    Faults faults;

    @GET
    public Faults.Settings current() {
        return faults.settings();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(Faults.Settings next) {
        try {
            faults.change(new Faults.Settings(next.latencyMs(), next.failureRate()));
            return Response.ok(faults.settings()).build();
        } catch (IllegalArgumentException | NullPointerException e) {
            return Response.status(400).entity(Map.of("code", "INVALID_REQUEST", "message", String.valueOf(e.getMessage())))
                    .build();
        }
    }
}
