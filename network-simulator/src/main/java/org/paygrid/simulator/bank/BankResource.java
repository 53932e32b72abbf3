package org.paygrid.simulator.bank;

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
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.paygrid.simulator.bank.BankBooks.DepositResult;
import org.paygrid.simulator.fault.Faults;

/**
 * The bank behind virtual accounts (가상계좌): open an account for a payment, take the customer's deposit
 * (the exact amount only, before the due date), close it when the payment expires, refund a deposit.
 */
@Path("/bank")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BankResource {

    /** KB, NH, Woori, Hana, Shinhan. */
    static final Set<String> BANKS = Set.of("04", "11", "20", "81", "88");

    @Inject
    BankBooks books;

    @Inject
    Faults faults;

    public record OpenRequest(String reference, String bankCode, String holderName, Long amount, String dueAt) {
    }

    public record DepositRequest(Long amount) {
    }

    public record RefundRequest(String refundReference, String reference, Long amount, String bankCode,
                                String accountNumber, String holderName) {
    }

    @POST
    @Path("/virtual-accounts")
    public Response open(OpenRequest request) throws SQLException {
        if (faults.delayAndDecideFailure()) {
            return error(502, "PROVIDER_ERROR", "Injected bank failure: no account was opened");
        }
        if (request == null || request.reference() == null || request.holderName() == null
                || request.amount() == null || request.amount() < 1 || request.dueAt() == null) {
            return error(400, "INVALID_REQUEST", "reference, bankCode, holderName, amount and dueAt are required");
        }
        if (!BANKS.contains(request.bankCode())) {
            return error(400, "INVALID_BANK", "This bank does not issue virtual accounts: " + request.bankCode());
        }
        Instant dueAt;
        try {
            dueAt = OffsetDateTime.parse(request.dueAt()).toInstant();
        } catch (DateTimeParseException e) {
            return error(400, "INVALID_REQUEST", "dueAt must be ISO-8601 with an offset");
        }
        return Response.ok(view(books.open(request.reference(), request.bankCode(), request.holderName(),
                request.amount(), dueAt))).build();
    }

    @GET
    @Path("/virtual-accounts/{reference}")
    public Response inquire(@PathParam("reference") String reference) throws SQLException {
        return books.find(reference).map(a -> Response.ok(view(a)).build())
                .orElseGet(() -> error(404, "NOT_FOUND", "No account " + reference));
    }

    @POST
    @Path("/virtual-accounts/{reference}/deposits")
    public Response deposit(@PathParam("reference") String reference, DepositRequest request) throws SQLException {
        if (request == null || request.amount() == null) {
            return error(400, "INVALID_REQUEST", "amount is required");
        }
        DepositResult result = books.deposit(reference, request.amount(), Instant.now());
        if (result instanceof DepositResult.Deposited deposited) {
            return Response.ok(view(deposited.account())).build();
        }
        if (result instanceof DepositResult.Refused refused) {
            return error("INVALID_DEPOSIT_AMOUNT".equals(refused.code()) ? 400 : 409, refused.code(), refused.message());
        }
        return error(404, "NOT_FOUND", "No account " + reference);
    }

    @POST
    @Path("/virtual-accounts/{reference}/close")
    public Response close(@PathParam("reference") String reference) throws SQLException {
        return books.close(reference).map(a -> Response.ok(view(a)).build())
                .orElseGet(() -> error(404, "NOT_FOUND", "No account " + reference));
    }

    @POST
    @Path("/refunds")
    public Response refund(RefundRequest request) throws SQLException {
        if (faults.delayAndDecideFailure()) {
            return error(502, "PROVIDER_ERROR", "Injected bank failure: nothing was refunded");
        }
        if (request == null || request.refundReference() == null || request.reference() == null
                || request.amount() == null || request.bankCode() == null || request.accountNumber() == null
                || request.holderName() == null) {
            return error(400, "INVALID_REQUEST", "refundReference, reference, amount and the receiving account are required");
        }
        if (!BANKS.contains(request.bankCode())) {
            return error(400, "INVALID_BANK", "Unknown bank " + request.bankCode());
        }
        boolean done = books.refund(request.refundReference(), request.reference(), request.amount(),
                request.bankCode(), request.accountNumber(), request.holderName());
        return done ? Response.ok(Map.of("refundReference", request.refundReference(), "status", "COMPLETED")).build()
                : error(409, "NOT_REFUNDABLE", "The account holds no deposit that covers this refund");
    }

    static Map<String, Object> view(BankAccount a) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", a.reference());
        body.put("bankCode", a.bankCode());
        body.put("accountNumber", a.accountNumber());
        body.put("holderName", a.holderName());
        body.put("amount", a.amount());
        body.put("dueAt", a.dueAt().toString());
        body.put("status", a.status());
        body.put("depositId", a.depositId());
        body.put("depositedAt", a.depositedAt() == null ? null : a.depositedAt().toString());
        return body;
    }

    private static Response error(int status, String code, String message) {
        return Response.status(status).entity(Map.of("code", code, "message", message)).build();
    }
}
