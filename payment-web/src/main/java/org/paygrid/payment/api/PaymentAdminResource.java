package org.paygrid.payment.api;

import org.paygrid.idempotency.entity.RetryKey;
import org.paygrid.api.IdempotencyFilter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.HeaderParam;
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
import org.paygrid.api.security.StaffApi;
import org.paygrid.api.security.StaffRoles;
import org.paygrid.payment.boundary.CancelRequest;
import org.paygrid.payment.boundary.PaymentObject;
import org.paygrid.payment.boundary.RefundApprovals;
import org.paygrid.payment.boundary.StaffRefund;
import org.paygrid.shared.error.RequestChecks;

/**
 * Staff-initiated refunds (contract section 5, admin endpoints): same rules as the merchant's cancel, audited; above
 * the approval limit, four-eyes ({@link RefundApprovals}).
 */
@StaffApi
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
    @Operation(operationId = "refundPaymentByStaff",
            summary = "Refund a payment for a merchant (full or partial)",
            description = "While the payment's refunds stay within paygrid.console.refund-approval-limit (won), the "
                    + "staff member's refunds made alone today within paygrid.console.refund-daily-limit, and the "
                    + "money does not go to a typed account (virtual accounts), the refund is executed at once. "
                    + "Otherwise nothing is refunded yet: the answer is 202 with a PENDING refund request that a "
                    + "different person approves (POST /v1/admin/refund-requests/{id}/approve) or rejects. With "
                    + "Idempotency-Key, a retry never refunds or opens a request twice.")
    @APIResponse(responseCode = "200", description = "The payment with the new cancel",
            content = @Content(schema = @Schema(ref = "Payment")))
    @APIResponse(responseCode = "202", description = "Over the approval limit: the pending refund request",
            content = @Content(schema = @Schema(ref = "RefundRequest")))
    public Response cancel(@PathParam("paymentKey") String paymentKey, CancelRequest request,
                           @Parameter(hidden = true) @HeaderParam(IdempotencyFilter.HEADER) String idempotencyKey) {
        String staff = security.getUserPrincipal().getName();
        StaffRefund done = approvals.refund(staff, paymentKey, RequestChecks.requiredBody(request),
                RetryKey.ofStaffHeader(staff, idempotencyKey));
        if (done instanceof StaffRefund.AwaitingApproval pending) {
            return Response.accepted(pending.request()).build();
        }
        return Response.ok(PaymentObject.of(((StaffRefund.Refunded) done).payment())).build();
    }
}
