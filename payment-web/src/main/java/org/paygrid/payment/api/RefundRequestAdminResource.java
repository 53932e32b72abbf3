package org.paygrid.payment.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paygrid.api.problem.Problem;
import org.paygrid.api.security.StaffPrincipal;
import org.paygrid.api.security.StaffApi;
import org.paygrid.api.security.StaffRoles;
import org.paygrid.payment.boundary.PaymentObject;
import org.paygrid.payment.boundary.RefundApprovals;
import org.paygrid.payment.boundary.RefundRequestView;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;
import org.paygrid.shared.error.RequestChecks;

/**
 * Four-eyes refunds: the requests staff refunds over the approval limit left, and their approval or rejection by a
 * different staff member (support, admin). The rule and the audit entries are {@link RefundApprovals}'.
 */
@StaffApi
@Path("/admin/refund-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments (staff)")
@SecurityRequirement(name = "keycloak")
public class RefundRequestAdminResource {

    private static final int PENDING_LIMIT = 100;

    @EJB
    RefundApprovals approvals;

    @Context
    SecurityContext security;

    public record RefundRequestList(List<RefundRequestView> items, String nextCursor) {
    }

    /** {@code POST .../reject}: why the refund is not made. */
    public record RejectRequest(@Schema(example = "the goods were not returned", required = true) String reason) {
    }

    @GET
    @StaffRoles({"admin", "support"})
    @Operation(operationId = "listRefundRequests",
            summary = "Refund requests waiting for approval, oldest first (at most 100)",
            description = "Refunds above the approval limit wait here for a second staff member; the requester may not "
                    + "approve their own.")
    public RefundRequestList pending() {
        return new RefundRequestList(approvals.pending(PENDING_LIMIT), null);
    }

    @GET
    @Path("/{id}")
    @StaffRoles({"admin", "support"})
    @Operation(operationId = "getRefundRequest",
            summary = "A refund request: who asked for how much, and who decided",
            description = "The payment, the amount and reason, who asked and when, and the decision with who made it.")
    @APIResponse(responseCode = "200", description = "The refund request",
            content = @Content(schema = @Schema(ref = "RefundRequest")))
    @APIResponse(responseCode = "404", description = "NOT_FOUND_REFUND_REQUEST",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RefundRequestView read(@PathParam("id") String id) {
        return approvals.find(requestId(id));
    }

    @POST
    @Path("/{id}/approve")
    @StaffRoles({"admin", "support"})
    @Operation(operationId = "approveRefundRequest",
            summary = "Approve a refund request: the refund is executed at once, as the approver",
            description = "The staff member who asked for the refund cannot approve it.")
    @APIResponse(responseCode = "200", description = "The payment with the new cancel",
            content = @Content(schema = @Schema(ref = "Payment")))
    @APIResponse(responseCode = "403", description = "FORBIDDEN_SELF_APPROVAL",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "NOT_PENDING_REFUND_REQUEST; or the cancel's own codes "
            + "(NOT_CANCELABLE_AMOUNT, ...), after which the request is FAILED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PaymentObject approve(@PathParam("id") String id) {
        return PaymentObject.of(approvals.approve(actor(), ((StaffPrincipal) security.getUserPrincipal()).serviceAccount(),
                requestId(id)));
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffRoles({"admin", "support"})
    @Operation(operationId = "rejectRefundRequest",
            summary = "Reject a refund request with a reason; nothing is refunded",
            description = "The staff member who asked for the refund cannot reject it either.")
    @APIResponse(responseCode = "200", description = "Rejected: nothing refunded",
            content = @Content(schema = @Schema(ref = "RefundRequest")))
    @APIResponse(responseCode = "403", description = "FORBIDDEN_SELF_APPROVAL",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "NOT_PENDING_REFUND_REQUEST",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RefundRequestView reject(@PathParam("id") String id, RejectRequest request) {
        return approvals.reject(actor(), requestId(id), RequestChecks.requiredBody(request).reason());
    }

    /** A malformed id names nothing that exists. */
    private static long requestId(String id) {
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            throw new PaygridException(ErrorCode.NOT_FOUND_REFUND_REQUEST, "No refund request " + id);
        }
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
