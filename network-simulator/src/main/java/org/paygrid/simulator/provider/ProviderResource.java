package org.paygrid.simulator.provider;

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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.paygrid.simulator.fault.Faults;

/**
 * Easy-pay wallets (KAKAOPAY, NAVERPAY, TOSSPAY, PAYCO), bank transfer (by bank code) and carrier billing
 * (SKT, KT, LGU): approve, inquire, cancel, idempotent on the caller's references like the card network.
 */
@Path("/providers/authorizations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProviderResource {

    @Inject
    ProviderBooks books;

    @Inject
    Faults faults;

    public record ApproveRequest(String reference, String channel, String provider, String customerId, Long amount) {
    }

    public record CancelRequest(String cancelReference, Long amount) {
    }

    @POST
    public Response approve(ApproveRequest request) throws SQLException {
        if (faults.delayAndDecideFailure()) {
            return error(502, "PROVIDER_ERROR", "Injected provider failure: nothing was charged");
        }
        if (request == null || request.reference() == null || request.channel() == null || request.provider() == null
                || request.customerId() == null || request.amount() == null || request.amount() < 1) {
            return error(400, "INVALID_REQUEST", "reference, channel, provider, customerId and amount are required");
        }
        Set<String> providers = ProviderRules.PROVIDERS.get(request.channel());
        if (providers == null || !providers.contains(request.provider())) {
            return error(400, "INVALID_PROVIDER", "Unknown provider " + request.provider() + " for " + request.channel());
        }
        String[] decline = ProviderRules.decline(request.channel(), request.customerId(), request.amount());
        ProviderPayment booked = books.bookOnce(new ProviderPayment(request.reference(), request.channel(),
                request.provider(), request.customerId(), request.amount(), decline == null ? "APPROVED" : "DECLINED",
                decline == null ? null : decline[0],
                decline == null ? String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)) : null,
                0, Instant.now()));
        if (booked.reversed()) {
            return error(409, "REVERSED", "This payment was reversed before it arrived: nothing was charged");
        }
        if (booked.amount() != request.amount() || !booked.provider().equals(request.provider())) {
            return error(409, "REFERENCE_REUSED", "This reference was used for another payment");
        }
        return answer(booked);
    }

    @GET
    @Path("/{reference}")
    public Response inquire(@PathParam("reference") String reference) throws SQLException {
        return books.find(reference).map(p -> Response.ok(view(p)).build())
                .orElseGet(() -> error(404, "NOT_FOUND", "No payment " + reference));
    }

    /**
     * A reversal (망취소) of a payment request whose answer the caller never got: booked under the request's reference
     * unless the request came first, so a request arriving later is refused. Answers what is booked under the
     * reference: {@code REVERSED}, or the payment as the provider decided it.
     */
    @POST
    @Path("/{reference}/reversal")
    public Response reverse(@PathParam("reference") String reference, ReversalRequest request) throws SQLException {
        if (faults.delayAndDecideFailure()) {
            return error(502, "PROVIDER_ERROR", "Injected provider failure: nothing was reversed");
        }
        if (request == null || request.channel() == null || !ProviderRules.PROVIDERS.containsKey(request.channel())
                || request.amount() == null || request.amount() < 1) {
            return error(400, "INVALID_REQUEST", "a known channel and a positive amount are required");
        }
        return Response.ok(view(books.reverseUnlessBooked(reference, request.channel(), request.amount(),
                Instant.now()))).build();
    }

    /** A reversal request: the channel and amount of the payment request it reverses. */
    public record ReversalRequest(String channel, Long amount) {
    }

    @POST
    @Path("/{reference}/cancels")
    public Response cancel(@PathParam("reference") String reference, CancelRequest request) throws SQLException {
        if (faults.delayAndDecideFailure()) {
            return error(502, "PROVIDER_ERROR", "Injected provider failure: nothing was canceled");
        }
        if (request == null || request.cancelReference() == null || request.amount() == null) {
            return error(400, "INVALID_REQUEST", "cancelReference and amount are required");
        }
        ProviderBooks.CancelResult result = books.cancel(reference, request.cancelReference(), request.amount(),
                Instant.now());
        if (result instanceof ProviderBooks.CancelResult.Done done) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("reference", reference);
            body.put("cancelReference", request.cancelReference());
            body.put("amount", done.amount());
            body.put("remainingAmount", done.payment().remainingAmount());
            body.put("status", done.payment().status());
            return Response.ok(body).build();
        }
        if (result instanceof ProviderBooks.CancelResult.Refused refused) {
            return error(400, "EXCEEDS_REMAINING", "Only " + refused.remaining() + " can be canceled");
        }
        return error(404, "NOT_FOUND", "No payment " + reference);
    }

    private static Response answer(ProviderPayment payment) {
        if ("DECLINED".equals(payment.status())) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("reference", payment.reference());
            body.put("status", "DECLINED");
            body.put("code", payment.declineCode());
            body.put("message", "EXCEED_MAX_AMOUNT".equals(payment.declineCode())
                    ? "The amount is over the provider's limit" : "The account does not hold enough money");
            return Response.status(402).entity(body).build();
        }
        return Response.ok(view(payment)).build();
    }

    static Map<String, Object> view(ProviderPayment p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", p.reference());
        body.put("channel", p.channel());
        body.put("provider", p.provider());
        body.put("status", p.status());
        body.put("amount", p.amount());
        body.put("canceledAmount", p.canceledAmount());
        body.put("approveNo", p.approveNo());
        body.put("declineCode", p.declineCode());
        return body;
    }

    private static Response error(int status, String code, String message) {
        return Response.status(status).entity(Map.of("code", code, "message", message)).build();
    }
}
