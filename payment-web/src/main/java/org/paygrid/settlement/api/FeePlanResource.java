package org.paygrid.settlement.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
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
import org.paygrid.settlement.boundary.FeePlanRequest;
import org.paygrid.settlement.boundary.FeePlanView;
import org.paygrid.settlement.boundary.FeePlans;
import org.paygrid.shared.error.RequestChecks;

/** A merchant's fee plan (contract section 5, admin): read and change; changes keep the history. */
@StaffApi
@Path("/admin/merchants/{id}/fee-plan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settlement (staff)")
@SecurityRequirement(name = "keycloak")
public class FeePlanResource {

    @EJB
    FeePlans feePlans;

    @Context
    SecurityContext security;

    @GET
        @StaffRoles({"admin", "finance"})
    @Operation(operationId = "getFeePlan",
            summary = "A merchant's current fee plan (the documented default until changed)",
            description = "The rates per method (percent, decimal strings), the fixed fee and the settlement cycle in "
                    + "business days; isDefault tells whether it is still the documented default.")
    public FeePlanView feePlan(@PathParam("id") String merchantId) {
        return feePlans.current(merchantId);
    }

    @PUT
        @Consumes(MediaType.APPLICATION_JSON)
    @StaffRoles({"admin", "finance"})
    @Operation(operationId = "changeFeePlan",
            summary = "Change a merchant's fee plan",
            description = "Rates are decimal percent strings per method; the change applies to transactions from now "
                    + "on and the old plan stays in the history. Default plan: CARD 3.20, VIRTUAL_ACCOUNT 1.00, "
                    + "TRANSFER 1.80, MOBILE_PHONE 4.50, EASY_PAY 3.40, fixedFee 0, D+2.")
    @APIResponse(responseCode = "200", description = "The new plan",
            content = @Content(schema = @Schema(ref = "FeePlan")))
    @APIResponse(responseCode = "400", description = "INVALID_REQUEST (rate, fixedFee, settlementCycleDays)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FeePlanView changeFeePlan(@PathParam("id") String merchantId, FeePlanRequest request) {
        return feePlans.change(merchantId, RequestChecks.requiredBody(request), actor());
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
