package org.paygrid.fds.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.paygrid.fds.boundary.FdsLists;
import org.paygrid.fds.boundary.FdsRules;
import org.paygrid.fds.boundary.ListEntryView;
import org.paygrid.fds.boundary.RulePreviewView;
import org.paygrid.fds.boundary.RuleView;
import org.paygrid.fds.boundary.ScreeningView;
import org.paygrid.fds.boundary.Screenings;
import org.paygrid.fds.entity.FdsDecision;
import org.paygrid.fds.entity.ListKind;
import org.paygrid.fds.entity.RuleMode;
import org.paygrid.idempotency.entity.RetryKey;
import org.paygrid.payment.boundary.FraudReviews;
import org.paygrid.payment.boundary.PaymentObject;
import org.paygrid.payment.boundary.StaffRefund;
import org.paygrid.payment.entity.ReviewStatus;
import org.paygrid.shared.error.RequestChecks;
import org.paygrid.shared.time.SeoulTime;

/**
 * Fraud detection for risk staff (contract section 11): the rules and their merchants' versions with a preview of a
 * change, the block lists, the decisions log and the review queue. Every change and decision is audited.
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
    FdsLists lists;

    @EJB
    Screenings screenings;

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

    public record ListEntryList(List<ListEntryView> items) {
    }

    /**
     * A value to block: {@code value} (a CARD list value is a card fingerprint), or {@code cardNumber} (CARD only:
     * fingerprinted, never stored), or {@code paymentKey} (the screened payment's card, BIN, e-mail or IP).
     */
    public record ListEntryRequest(String list, String value, String cardNumber, String paymentKey, String reason,
                                   String expiresAt) {
        @Override
        public String toString() {   // never the card number
            return "ListEntryRequest[" + list + ", " + value + ", " + paymentKey + "]";
        }
    }

    public record ScreeningList(List<ScreeningView> items) {
    }

    @GET
    @Path("/rules")
    @Operation(operationId = "listFraudRules",
            summary = "The rules every merchant starts with, and the merchants' own versions",
            description = "Every rule with its kind, mode (ENFORCE or SHADOW), parameters and whether it is on; "
                    + "merchants' own versions are listed under the rule they replace.")
    public RuleList rules() {
        return new RuleList(rules.list(), rules.overrides());
    }

    @PUT
    @Path("/rules/{ruleId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeFraudRule",
            summary = "Change a rule for every merchant without a version of its own",
            description = "mode ENFORCE decides; SHADOW evaluates and records only. params are the kind's: "
                    + "SANDBOX_CARD {cardNumber, decision}, VELOCITY {key: CARD|EMAIL|IP|MERCHANT, windowMinutes, "
                    + "maxAttempts, decision}, AMOUNT {minAmount, method?, decision}, LIST {list: CARD|BIN|EMAIL|IP, "
                    + "decision}; decision REVIEW or BLOCK.")
    public RuleView change(@PathParam("ruleId") String ruleId, RuleChangeRequest request) {
        RuleChangeRequest body = RequestChecks.requiredBody(request);
        return rules.change(ruleId, enabled(body), mode(body), body.params(), actor());
    }

    @PUT
    @Path("/rules/{ruleId}/merchants/{merchantId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeMerchantFraudRule",
            summary = "Set one merchant's own version of a rule (e.g. a higher amount threshold)",
            description = "A version of the rule for one merchant only, replacing the default for it. The change "
                    + "is kept in the rule history and audited.")
    public RuleView changeFor(@PathParam("ruleId") String ruleId, @PathParam("merchantId") String merchantId,
                              RuleChangeRequest request) {
        RuleChangeRequest body = RequestChecks.requiredBody(request);
        return rules.changeFor(RequestChecks.requiredCode(merchantId, "merchantId", 32), ruleId, enabled(body),
                mode(body), body.params(), actor());
    }

    @POST
    @Path("/rules/{ruleId}/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "previewFraudRule",
            summary = "What a rule change would have done to the last 24 hours' charges, without changing it",
            description = "Replays the screened charges of every merchant without a version of its own (or of "
                    + "merchantId's) through the rule as it is (current) and as proposed.")
    public RulePreviewView preview(@PathParam("ruleId") String ruleId, @QueryParam("merchantId") String merchantId,
                                   RuleChangeRequest request) {
        RuleChangeRequest body = RequestChecks.requiredBody(request);
        return rules.preview(ruleId, RequestChecks.optionalText(merchantId, "merchantId", 32), enabled(body),
                mode(body), body.params());
    }

    @GET
    @Path("/lists")
    @Operation(operationId = "listBlockListEntries",
            summary = "The block lists' entries, newest first",
            description = "Active entries only unless all=true (removed and expired ones too).")
    public ListEntryList listEntries(@QueryParam("list") String list, @QueryParam("all") boolean all,
                                     @QueryParam("limit") String limit) {
        return new ListEntryList(lists.entries(RequestChecks.optionalEnum(list, "list", ListKind.class), all,
                RequestChecks.pageLimit(limit)));
    }

    @POST
    @Path("/lists")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addBlockListEntry",
            summary = "Block a card, BIN, e-mail or IP address (rules BLOCKED_CARD, BLOCKED_BIN, BLOCKED_EMAIL, "
            + "BLOCKED_IP)",
            description = "A value blocked for every merchant (rules BLOCKED_*): a card by its number or by one of its "
                    + "payments (kept only as its keyed fingerprint), a BIN, an e-mail or an IP address, with a reason "
                    + "and an optional last day. Audited.")
    @APIResponse(responseCode = "201", description = "The entry",
            content = @Content(schema = @Schema(ref = "ListEntryView")))
    public Response addListEntry(ListEntryRequest request) {
        ListEntryRequest body = RequestChecks.requiredBody(request);
        ListEntryView entry = lists.add(new FdsLists.Listing(
                RequestChecks.requiredEnum(body.list(), "list", ListKind.class),
                RequestChecks.optionalText(body.value(), "value", 100),
                body.cardNumber(),   // a card number is what this member is for: FdsLists checks it, then forgets it
                RequestChecks.optionalText(body.paymentKey(), "paymentKey", 40),
                RequestChecks.requiredText(body.reason(), "reason", 200),
                RequestChecks.optionalTime(body.expiresAt(), "expiresAt")), actor());
        return Response.status(Response.Status.CREATED).entity(entry).build();
    }

    @DELETE
    @Path("/lists/{entryId}")
    @Operation(operationId = "removeBlockListEntry",
            summary = "Take an entry off its list (kept, marked removed)",
            description = "The entry stops blocking at once; it is kept, marked removed, with who removed it. Audited.")
    public ListEntryView removeListEntry(@PathParam("entryId") long entryId) {
        return lists.remove(entryId, actor());
    }

    @GET
    @Path("/screenings")
    @Operation(operationId = "searchScreenings",
            summary = "The decisions log: every screened charge with what it saw and the rules that fired",
            description = "Filters combine; from and to are business dates (yyyy-MM-dd, Asia/Seoul), both included.")
    public ScreeningList screenings(@QueryParam("paymentKey") String paymentKey,
                                    @QueryParam("merchantId") String merchantId, @QueryParam("ruleId") String ruleId,
                                    @QueryParam("decision") String decision, @QueryParam("from") String from,
                                    @QueryParam("to") String to, @QueryParam("limit") String limit) {
        return new ScreeningList(screenings.search(new Screenings.Search(
                RequestChecks.optionalText(paymentKey, "paymentKey", 40),
                RequestChecks.optionalText(merchantId, "merchantId", 32), RequestChecks.optionalText(ruleId, "ruleId", 40),
                RequestChecks.optionalEnum(decision, "decision", FdsDecision.class),
                from == null ? null : SeoulTime.startOf(RequestChecks.requiredDate(from, "from")),
                to == null ? null : SeoulTime.startOf(RequestChecks.requiredDate(to, "to").plusDays(1))),
                RequestChecks.pageLimit(limit)));
    }

    @GET
    @Path("/reviews")
    @Operation(operationId = "listFraudReviews",
            summary = "The review queue: approved payments fraud detection sent to review, with why",
            description = "Approved payments that fraud detection held for review (left out of settlement until "
                    + "cleared), oldest first, each with the rules that fired and their inputs.")
    public ReviewList reviews(@QueryParam("status") String status, @QueryParam("limit") String limit) {
        ReviewStatus wanted = status == null ? ReviewStatus.OPEN
                : RequestChecks.requiredEnum(status, "status", ReviewStatus.class);
        return new ReviewList(reviews.list(wanted, RequestChecks.pageLimit(limit)));
    }

    @POST
    @Path("/reviews/{paymentKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideFraudReview",
            summary = "Decide a review: CLEAR (settled from the next run) or REFUND (a full staff refund)",
            description = "REFUND goes the normal staff refund way: above the approval limits it answers 202 with "
                    + "the refund request a second person decides, and the review stays OPEN until the money is back.")
    @APIResponse(responseCode = "200", description = "The payment after the decision",
            content = @Content(schema = @Schema(ref = "Payment")))
    @APIResponse(responseCode = "202", description = "The refund waits for a second person",
            content = @Content(schema = @Schema(ref = "RefundRequest")))
    public Response decide(@PathParam("paymentKey") String paymentKey, ReviewDecision request,
                           @Parameter(hidden = true) @HeaderParam(IdempotencyFilter.HEADER) String idempotencyKey) {
        ReviewDecision body = RequestChecks.requiredBody(request);
        Decision decision = RequestChecks.requiredEnum(body.decision(), "decision", Decision.class);
        String note = RequestChecks.requiredText(body.note(), "note", 200);
        String staff = actor();
        if (decision == Decision.CLEAR) {
            return Response.ok(PaymentObject.of(reviews.clear(paymentKey, note, staff))).build();
        }
        StaffRefund done = reviews.refund(staff, paymentKey, note, RetryKey.ofStaffHeader(staff, idempotencyKey));
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
