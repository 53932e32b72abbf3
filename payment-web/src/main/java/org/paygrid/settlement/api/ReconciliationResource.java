package org.paygrid.settlement.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paygrid.api.security.StaffApi;
import org.paygrid.api.security.StaffRoles;
import org.paygrid.settlement.boundary.Reconciliation;
import org.paygrid.shared.error.RequestChecks;

/** Reconciliation with the card acquirer's capture file: start it for a date, read what differs. */
@StaffApi
@Path("/admin/reconciliations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settlement (staff)")
@SecurityRequirement(name = "keycloak")
public class ReconciliationResource {

    @EJB
    Reconciliation reconciliation;

    @Context
    SecurityContext security;

    public record DateRequest(String date) {
    }

    public record MismatchList(List<Reconciliation.MismatchView> items, String nextCursor) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffRoles("finance")
    @Operation(operationId = "startReconciliation",
            summary = "Reconcile a business date with the acquirer's capture file (a Jakarta Batch job)",
            description = "Differences (MISSING_AT_NETWORK, MISSING_AT_PLATFORM, AMOUNT_DIFFERS) are stored once each "
                    + "and never fixed silently.")
    public Reconciliation.RunView start(DateRequest request) {
        LocalDate date = RequestChecks.requiredDate(RequestChecks.requiredBody(request).date(), "date");
        return reconciliation.find(reconciliation.start(date, security.getUserPrincipal().getName()));
    }

    @GET
    @Path("/{executionId}")
    @StaffRoles("finance")
    @Operation(operationId = "getReconciliation",
            summary = "A reconciliation run: BatchStatus and the date's mismatches",
            description = "The Jakarta Batch status of a reconciliation run and the mismatches it found.")
    public Reconciliation.RunView run(@PathParam("executionId") long executionId) {
        return reconciliation.find(executionId);
    }

    @GET
    @StaffRoles({"finance", "admin"})
    @Operation(operationId = "listReconciliationMismatches",
            summary = "The mismatches found for a date",
            description = "Differences between the platform and the acquirer's capture file for the date, each with the "
                    + "movement's transaction key where one side has it.")
    public MismatchList mismatches(@QueryParam("date") String date) {
        return new MismatchList(reconciliation.mismatches(RequestChecks.requiredDate(date, "date")), null);
    }
}
