package org.paygrid.simulator.card;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paygrid.simulator.card.CardBooks.CancelResult;
import org.paygrid.simulator.card.CardDecision.Approve;
import org.paygrid.simulator.card.CardDecision.Decline;
import org.paygrid.simulator.card.CardDecision.Hold;
import org.paygrid.simulator.card.CardDecision.Invalid;
import org.paygrid.simulator.card.CardDecision.Outcome;
import org.paygrid.simulator.card.CardDecision.ProviderError;
import org.paygrid.simulator.fault.Faults;

/**
 * The card network's authorization, inquiry and cancel calls. Errors are {@code {code, message}}. One instance serves
 * every request (it holds nothing of one): made per request, the resource cost a tenth of the simulator's CPU.
 */
@Path("/card/authorizations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CardResource {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Inject
    CardBooks books;

    @Inject
    Faults faults;

    @Inject
    @ConfigProperty(name = "simulator.slow-card-delay-ms", defaultValue = "15000")
    long slowCardDelayMs;

    @Inject
    @ConfigProperty(name = "simulator.late-card-delay-ms", defaultValue = "150000")
    long lateCardDelayMs;

    private final Clock clock = Clock.system(SEOUL);

    @POST
    public Response authorize(CardRequest request) throws SQLException {
        if (faults.delayAndDecideFailure()) {
            return error(502, "PROVIDER_ERROR", "Injected network failure: nothing was charged");
        }
        Outcome outcome = CardDecision.decide(request, YearMonth.now(clock));
        if (outcome instanceof Invalid invalid) {
            return error(400, invalid.code(), invalid.message());
        }
        if (outcome instanceof ProviderError) {
            return error(502, "PROVIDER_ERROR", "The card company did not respond: nothing was charged");
        }
        Hold hold = outcome instanceof Approve approve ? approve.hold() : Hold.NONE;
        if (hold == Hold.ARRIVAL) {
            Faults.delayLateCard(lateCardDelayMs);   // not booked yet: an inquiry meanwhile finds nothing
        }
        // booked first, asked after: a new reference (nearly every call) costs one statement
        Authorization attempt = toBook(request, outcome, clock.instant());
        Authorization booked = books.bookOnce(attempt);
        if (booked != attempt) {   // the reference was taken: a replay of this attempt, a reversal or another one
            return answerReplay(booked, request);
        }
        if (hold == Hold.ANSWER) {
            Faults.delaySlowCard(slowCardDelayMs);   // booked first: an impatient caller must ask (inquiry) to find out
        }
        return answer(booked);
    }

    /** What is booked under a reference the request finds taken: its own earlier attempt, a reversal or another. */
    private static Response answerReplay(Authorization booked, CardRequest request) {
        if (booked.reversed()) {
            return error(409, "REVERSED", "This authorization was reversed before it arrived: nothing was charged");
        }
        return booked.sameAttemptAs(request) ? answer(booked)
                : error(409, "REFERENCE_REUSED", "This reference was used for another authorization");
    }

    @GET
    @Path("/{reference}")
    public Response inquire(@PathParam("reference") String reference) throws SQLException {
        faults.delay();
        return books.find(reference).map(a -> Response.ok(view(a)).build())
                .orElseGet(() -> error(404, "NOT_FOUND", "No authorization " + reference));
    }

    /**
     * A reversal (망취소) of an attempt whose answer the caller never got and which the network may not have received:
     * booked under the attempt's reference unless the attempt came first, so an attempt arriving later is refused.
     * Answers what is booked under the reference: {@code REVERSED}, or the attempt as the network decided it.
     */
    @POST
    @Path("/{reference}/reversal")
    public Response reverse(@PathParam("reference") String reference, ReversalRequest request) throws SQLException {
        if (faults.delayAndDecideFailure()) {
            return error(502, "PROVIDER_ERROR", "Injected network failure: nothing was reversed");
        }
        if (request == null || request.amount() == null || request.amount() < 1) {
            return error(400, "INVALID_REQUEST", "a positive amount is required");
        }
        return Response.ok(view(books.reverseUnlessBooked(reference, request.amount(), clock.instant()))).build();
    }

    /** A reversal request: the amount of the attempt it reverses. */
    public record ReversalRequest(Long amount) {
    }

    @POST
    @Path("/{reference}/cancels")
    public Response cancel(@PathParam("reference") String reference, CancelRequest request) throws SQLException {
        if (faults.delayAndDecideFailure()) {
            return error(502, "PROVIDER_ERROR", "Injected network failure: nothing was canceled");
        }
        if (request == null || request.cancelReference() == null || request.amount() == null) {
            return error(400, "INVALID_REQUEST", "cancelReference and amount are required");
        }
        CancelResult result = books.cancel(reference, request.cancelReference(), request.amount(), clock.instant());
        if (result instanceof CancelResult.Done done) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("reference", reference);
            body.put("cancelReference", done.cancel().cancelReference());
            body.put("amount", done.cancel().amount());
            body.put("canceledAmount", done.authorization().canceledAmount());
            body.put("remainingAmount", done.authorization().remainingAmount());
            body.put("status", done.authorization().status());
            return Response.ok(body).build();
        }
        if (result instanceof CancelResult.NotFound) {
            return error(404, "NOT_FOUND", "No authorization " + reference);
        }
        if (result instanceof CancelResult.ExceedsRemaining exceeds) {
            return error(400, "EXCEEDS_REMAINING", "Only " + exceeds.remaining() + " is left to cancel");
        }
        return error(409, "NOT_CANCELABLE", "The authorization cannot be canceled");
    }

    /** A cancel request: {@code cancelReference} makes it idempotent. */
    public record CancelRequest(String cancelReference, Long amount) {
    }

    private static Authorization toBook(CardRequest request, Outcome outcome, Instant now) {
        String card = request.cardNumber();
        int months = request.installmentMonths() == null ? 0 : request.installmentMonths();
        String bin = card.substring(0, 6);
        String last4 = card.substring(card.length() - 4);
        if (outcome instanceof Decline decline) {
            BinTable.Issuer issuer = BinTable.issuerOf(card);
            return new Authorization(request.reference(), bin, last4, request.amount(), currency(request), months,
                    "DECLINED", decline.code(), null, issuer.issuerCode(), issuer.acquirerCode(), issuer.cardType(), 0, now);
        }
        Approve approve = (Approve) outcome;
        String approveNo = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return new Authorization(request.reference(), bin, last4, request.amount(), currency(request), months,
                "APPROVED", null, approveNo, approve.issuer().issuerCode(), approve.issuer().acquirerCode(),
                approve.issuer().cardType(), 0, now);
    }

    private static String currency(CardRequest request) {
        return request.currency() == null ? "KRW" : request.currency();
    }

    private static Response answer(Authorization authorization) {
        if ("DECLINED".equals(authorization.status())) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("reference", authorization.reference());
            body.put("status", "DECLINED");
            body.put("code", authorization.declineCode());
            body.put("message", "NOT_ENOUGH_BALANCE".equals(authorization.declineCode())
                    ? "Not enough balance or credit on the card" : "The card company declined the payment");
            return Response.status(402).entity(body).build();
        }
        return Response.ok(view(authorization)).build();
    }

    static Map<String, Object> view(Authorization a) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", a.reference());
        body.put("status", a.status());
        body.put("amount", a.amount());
        body.put("currency", a.currency());
        body.put("canceledAmount", a.canceledAmount());
        body.put("approveNo", a.approveNo());
        body.put("issuerCode", a.issuerCode());
        body.put("acquirerCode", a.acquirerCode());
        body.put("cardType", a.cardType());
        body.put("installmentMonths", a.installmentMonths());
        body.put("interestFree", a.installmentMonths() >= 2 && a.installmentMonths() <= 3);
        body.put("declineCode", a.declineCode());
        body.put("approvedAt", a.approveNo() == null ? null : a.createdAt().atZone(SEOUL).toOffsetDateTime().toString());
        return body;
    }

    static Response error(int status, String code, String message) {
        return Response.status(status).entity(Map.of("code", code, "message", message)).build();
    }
}
