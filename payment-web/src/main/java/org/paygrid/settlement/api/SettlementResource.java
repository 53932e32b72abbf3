package org.paygrid.settlement.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paygrid.api.security.Callers;
import org.paygrid.merchant.boundary.MerchantCredential;
import org.paygrid.settlement.boundary.SettlementLineView;
import org.paygrid.settlement.boundary.Settlements;

/** The merchant's settlement lines (contract sections 5 and 8), in the key's mode. */
@Path("/settlements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settlement")
@SecurityRequirement(name = "secretKey")
public class SettlementResource {

    @EJB
    Settlements settlements;

    @Context
    SecurityContext security;

    @GET
    @Operation(operationId = "listSettlements",
            summary = "Settlement lines by sold date (default) or payout date",
            description = "dateType SOLD_DATE | PAID_OUT_DATE; dates yyyy-MM-dd (Asia/Seoul), at most a year apart.")
    @APIResponse(responseCode = "200", description = "{items, nextCursor}",
            content = @Content(schema = @Schema(ref = "SettlementLinePage")))
    public Settlements.Page<SettlementLineView> lines(@QueryParam("startDate") String startDate,
                                                      @QueryParam("endDate") String endDate,
                                                      @QueryParam("dateType") String dateType,
                                                      @QueryParam("limit") String limit,
                                                      @QueryParam("cursor") String cursor) {
        MerchantCredential caller = Callers.merchant(security);
        return settlements.lines(caller.merchantId(), caller.mode(), startDate, endDate, dateType, limit, cursor);
    }

}
