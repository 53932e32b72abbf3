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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paygrid.api.security.StaffRoles;
import org.paygrid.payment.boundary.CancelRequest;
import org.paygrid.payment.boundary.PaymentObject;
import org.paygrid.payment.boundary.RefundApprovals;
import org.paygrid.payment.boundary.RefundRequestView;
import org.paygrid.payment.boundary.StaffRefund;
import org.paygrid.shared.error.RequestChecks;

/**
 * Staff-initiated refunds (contract section 5, admin endpoints): same rules as the merchant's cancel, audited; above
 * the approval limit, four-eyes ({@link RefundApprovals}).
 */
@Path("/admin/payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments (staff)")
@SecurityRequirement(name = "keycloak")
public class PaymentAdminResource {

    @EJB
    RefundApprovals approvals;

    @Context
    SecurityContext security;

    @POST
    @Path("/{paymentKey}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffRoles({"admin", "support"})
    @Operation(summary = "Refund a payment for a merchant (full or partial)",
            description = "Within paygrid.console.refund-approval-limit (won) the refund is executed at once. Above "
                    + "it nothing is refunded yet: the answer is 202 with a PENDING refund request that a different "
                    + "staff member approves (POST /v1/admin/refund-requests/{id}/approve) or rejects.")
    @APIResponse(responseCode = "200", description = "The payment with the new cancel",
            content = @Content(schema = @Schema(implementation = PaymentObject.class)))
    @APIResponse(responseCode = "202", description = "Over the approval limit: the pending refund request",
            content = @Content(schema = @Schema(implementation = RefundRequestView.class)))
    public Response cancel(@PathParam("paymentKey") String paymentKey, CancelRequest request) {
        StaffRefund done = approvals.refund(security.getUserPrincipal().getName(), paymentKey,
                RequestChecks.requiredBody(request));
        if (done instanceof StaffRefund.AwaitingApproval pending) {
            return Response.accepted(pending.request()).build();
        }
        return Response.ok(PaymentObject.of(((StaffRefund.Refunded) done).payment())).build();
    }
}
