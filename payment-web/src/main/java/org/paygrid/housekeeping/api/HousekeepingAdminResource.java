package org.paygrid.housekeeping.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paygrid.api.problem.Problem;
import org.paygrid.api.security.StaffApi;
import org.paygrid.api.security.StaffRoles;
import org.paygrid.housekeeping.boundary.Housekeeping;
import org.paygrid.housekeeping.boundary.HousekeepingView;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

/** The retention rules and their last runs, and a run on demand (what the 04:30 timer does every day). */
@StaffApi
@Path("/admin/housekeeping")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Housekeeping (staff)")
@SecurityRequirement(name = "keycloak")
public class HousekeepingAdminResource {

    @EJB
    Housekeeping housekeeping;

    @Context
    SecurityContext security;

    @GET
    @StaffRoles("admin")
    @Operation(operationId = "getHousekeeping",
            summary = "Retention rules and their last runs",
            description = "Every retention rule (how long each kind of record is kept, ISO 8601), today's cutoff, "
                    + "and what its last run removed, in how many batches, with its longest batch.")
    @APIResponse(responseCode = "200", description = "The rules",
            content = @Content(schema = @Schema(ref = "Housekeeping")))
    public HousekeepingView view() {
        return housekeeping.view();
    }

    @POST
    @Path("/runs")
    @StaffRoles("admin")
    @Operation(operationId = "startHousekeeping",
            summary = "Run the housekeeping now",
            description = "Starts every retention rule in the background on this server, as the daily timer does; "
                    + "GET /v1/admin/housekeeping shows when it is done.")
    @APIResponse(responseCode = "202", description = "Started",
            content = @Content(schema = @Schema(ref = "Housekeeping")))
    @APIResponse(responseCode = "409", description = "HOUSEKEEPING_RUNNING",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start() {
        if (!housekeeping.start(security.getUserPrincipal().getName())) {
            throw new PaygridException(ErrorCode.HOUSEKEEPING_RUNNING, "A housekeeping run is under way on this server");
        }
        return Response.accepted(housekeeping.view()).build();
    }
}
