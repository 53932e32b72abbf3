package org.paygrid.fds.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paygrid.api.IdempotencyFilter;
import org.paygrid.api.security.StaffApi;
import org.paygrid.api.security.StaffRoles;
import org.paygrid.fds.boundary.FdsRules;
import org.paygrid.fds.boundary.RuleView;
import org.paygrid.fds.entity.RuleMode;
import org.paygrid.idempotency.entity.RetryKey;
import org.paygrid.payment.boundary.CancelRequest;
import org.paygrid.payment.boundary.FraudReviews;
import org.paygrid.payment.boundary.PaymentObject;
import org.paygrid.payment.boundary.RefundApprovals;
import org.paygrid.payment.boundary.RefundRequestView;
import org.paygrid.payment.boundary.StaffRefund;
import org.paygrid.payment.entity.ReviewStatus;
import org.paygrid.shared.error.RequestChecks;

/**
 * Fraud detection for risk staff (contract section 11): the rules and their merchants' versions, and the review
 * queue. Every change and decision is audited.
 */
@StaffApi
@Path("/admin/fds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fraud detection (staff)")
@SecurityRequirement(name = "keycloak")
@StaffRoles({"risk", "admin"})
public class FdsAdminResource {

    @EJB
    FdsRules rules;

    @EJB
    FraudReviews reviews;

    @EJB
    RefundApprovals approvals;

    @Context
    SecurityContext security;

    public record RuleList(List<RuleView> items, List<RuleView> merchantOverrides) {
    }

    /** {@code params} as the rule's kind takes them (see GET /v1/admin/fds/rules). */
    public record RuleChangeRequest(Boolean enabled, String mode, JsonObject params) {
    }

    public record ReviewList(List<FraudReviews.ReviewItem> items) {
    }

    public record ReviewDecision(String decision, String note) {
    }

    public enum Decision { CLEAR, REFUND }

    @GET
    @Path("/rules")
    @Operation(summary = "The rules every merchant starts with, and the merchants' own versions")
    public RuleList rules() {
        return new RuleList(rules.list(), rules.overrides());
    }

    @PUT
    @Path("/rules/{ruleId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a rule for every merchant without a version of its own",
            description = "mode ENFORCE decides; SHADOW evaluates and records only. params are the kind's: "
                    + "SANDBOX_CARD {cardNumber, decision}, VELOCITY {key: CARD|EMAIL|IP|MERCHANT, windowMinutes, "
                    + "maxAttempts, decision}, AMOUNT {minAmount, method?, decision}; decision REVIEW or BLOCK.")
    public RuleView change(@PathParam("ruleId") String ruleId, RuleChangeRequest request) {
        RuleChangeRequest body = RequestChecks.requiredBody(request);
        return rules.change(ruleId, enabled(body), mode(body), body.params(), actor());
    }

    @PUT
    @Path("/rules/{ruleId}/merchants/{merchantId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set one merchant's own version of a rule (e.g. a higher amount threshold)")
    public RuleView changeFor(@PathParam("ruleId") String ruleId, @PathParam("merchantId") String merchantId,
                              RuleChangeRequest request) {
        RuleChangeRequest body = RequestChecks.requiredBody(request);
        return rules.changeFor(RequestChecks.requiredCode(merchantId, "merchantId", 32), ruleId, enabled(body),
                mode(body), body.params(), actor());
    }

    @GET
    @Path("/reviews")
    @Operation(summary = "The review queue: approved payments fraud detection sent to review, with why")
    public ReviewList reviews(@QueryParam("status") String status, @QueryParam("limit") String limit) {
        ReviewStatus wanted = status == null ? ReviewStatus.OPEN
                : RequestChecks.requiredEnum(status, "status", ReviewStatus.class);
        return new ReviewList(reviews.list(wanted, RequestChecks.pageLimit(limit)));
    }

    @POST
    @Path("/reviews/{paymentKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide a review: CLEAR (settled from the next run) or REFUND (a full staff refund)",
            description = "REFUND goes the normal staff refund way: above the approval limits it answers 202 with "
                    + "the refund request a second person decides, and the review stays OPEN until the money is back.")
    @APIResponse(responseCode = "200", description = "The payment after the decision",
            content = @Content(schema = @Schema(implementation = PaymentObject.class)))
    @APIResponse(responseCode = "202", description = "The refund waits for a second person",
            content = @Content(schema = @Schema(implementation = RefundRequestView.class)))
    public Response decide(@PathParam("paymentKey") String paymentKey, ReviewDecision request,
                           @Parameter(hidden = true) @HeaderParam(IdempotencyFilter.HEADER) String idempotencyKey) {
        ReviewDecision body = RequestChecks.requiredBody(request);
        Decision decision = RequestChecks.requiredEnum(body.decision(), "decision", Decision.class);
        String note = RequestChecks.requiredText(body.note(), "note", 200);
        String staff = actor();
        if (decision == Decision.CLEAR) {
            return Response.ok(PaymentObject.of(reviews.clear(paymentKey, note, staff))).build();
        }
        reviews.requireOpen(paymentKey);
        StaffRefund done = approvals.refund(staff, paymentKey, new CancelRequest("FDS review: " + note, null, null,
                null), RetryKey.ofStaffHeader(staff, idempotencyKey));
        if (done instanceof StaffRefund.AwaitingApproval pending) {
            return Response.accepted(pending.request()).build();
        }
        return Response.ok(PaymentObject.of(((StaffRefund.Refunded) done).payment())).build();
    }

    private static boolean enabled(RuleChangeRequest body) {
        if (body.enabled() == null) {
            throw RequestChecks.invalid("enabled", "is required");
        }
        return body.enabled();
    }

    private static RuleMode mode(RuleChangeRequest body) {
        return RequestChecks.requiredEnum(body.mode(), "mode", RuleMode.class);
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
