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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paygrid.api.security.Callers;
import org.paygrid.merchant.boundary.MerchantCredential;
import org.paygrid.settlement.boundary.PayoutView;
import org.paygrid.settlement.boundary.Settlements;

/** The merchant's payouts (contract section 5), in the key's mode. */
@Path("/payouts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settlement")
@SecurityRequirement(name = "secretKey")
public class PayoutResource {

    @EJB
    Settlements settlements;

    @Context
    SecurityContext security;

    public record PayoutList(List<PayoutView> items, String nextCursor) {
    }

    @GET
    @Operation(operationId = "listPayouts",
            summary = "Payouts by payout date: gross, fee, VAT, carried over, paid amount, status",
            description = "Per payout date: the gross of the lines paid out that day, fee, VAT, negative "
                    + "balances carried over from earlier days, the amount paid and its status (SCHEDULED, "
                    + "PAID).")
    public PayoutList payouts(@QueryParam("startDate") String startDate, @QueryParam("endDate") String endDate) {
        MerchantCredential caller = Callers.merchant(security);
        return new PayoutList(settlements.payouts(caller.merchantId(), caller.mode(), startDate, endDate), null);
    }
}
