package org.paygrid.payment.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paygrid.api.security.StaffRoles;
import org.paygrid.payment.boundary.CancelRequest;
import org.paygrid.payment.boundary.PaymentObject;
import org.paygrid.payment.boundary.Payments;
import org.paygrid.shared.error.RequestChecks;

/** Staff-initiated refunds (contract section 5, admin endpoints): same rules as the merchant's cancel, audited. */
@Path("/admin/payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments (staff)")
@SecurityRequirement(name = "keycloak")
public class PaymentAdminResource {

    @EJB
    Payments payments;

    @Context
    SecurityContext security;

    @POST
    @Path("/{paymentKey}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffRoles({"admin", "support"})
    @Operation(summary = "Refund a payment for a merchant (full or partial)")
    @APIResponse(responseCode = "200", description = "The payment with the new cancel")
    public PaymentObject cancel(@PathParam("paymentKey") String paymentKey, CancelRequest request) {
        return PaymentObject.of(payments.cancelByStaff(security.getUserPrincipal().getName(), paymentKey,
                RequestChecks.requiredBody(request)));
    }
}
