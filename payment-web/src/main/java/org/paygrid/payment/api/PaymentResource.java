package org.paygrid.payment.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paygrid.api.IdempotencyFilter;
import org.paygrid.api.problem.Problem;
import org.paygrid.api.security.Callers;
import org.paygrid.idempotency.entity.RetryKey;
import org.paygrid.payment.boundary.CancelRequest;
import org.paygrid.payment.boundary.ConfirmRequest;
import org.paygrid.payment.boundary.CreatePaymentRequest;
import org.paygrid.payment.boundary.KeyInRequest;
import org.paygrid.payment.boundary.PaymentPage;
import org.paygrid.payment.boundary.PaymentObject;
import org.paygrid.payment.boundary.Payments;
import org.paygrid.shared.error.RequestChecks;

/** Card payments for merchants' servers (contract section 5). Every rule is in {@link Payments}. */
@Path("/payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
@SecurityRequirement(name = "secretKey")
public class PaymentResource {

    @EJB
    Payments payments;

    @Context
    SecurityContext security;

    @Inject
    @ConfigProperty(name = "paygrid.checkout.base-url")
    String checkoutBaseUrl;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "clientKey")
    @Operation(operationId = "createPayment",
            summary = "Create a payment for the hosted payment window",
            description = "Answers a READY payment with checkoutUrl; send the customer there (the JS SDK does). "
                    + "The customer returns to successUrl?paymentKey=&orderId=&amount=, and your server confirms. "
                    + "A client key may call this from the browser.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "CreatePaymentRequest"),
            examples = @ExampleObject(name = "window", value = """
                    {"orderId": "order-20261122-0002", "orderName": "Hanbit Books: 1 item", "amount": 55000,
                     "successUrl": "https://shop.example/pay/success", "failUrl": "https://shop.example/pay/fail"}""")))
    @APIResponse(responseCode = "200", description = "READY, with checkoutUrl",
            content = @Content(schema = @Schema(ref = "Payment")))
    @APIResponse(responseCode = "409", description = "DUPLICATED_ORDER_ID")
    public PaymentObject create(CreatePaymentRequest request) {
        return PaymentObject.of(payments.create(Callers.merchant(security), RequestChecks.requiredBody(request)), checkoutBaseUrl);
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmPayment",
            summary = "Confirm (approve) a payment the customer authenticated in the window",
            description = "Server to server, after the customer authenticated in the payment window: the amount "
                    + "must equal the one the payment was created with (AMOUNT_MISMATCH otherwise). Repeat "
                    + "with the same Idempotency-Key to learn the outcome of a call that timed out.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ConfirmRequest"),
            examples = @ExampleObject(name = "confirm", value = """
                    {"paymentKey": "pay_Xk3m9QpT2vLw8RzY4nBc6HdA", "orderId": "order-20261122-0002", "amount": 55000}""")))
    @APIResponse(responseCode = "200", description = "DONE",
            content = @Content(schema = @Schema(ref = "Payment")))
    @APIResponse(responseCode = "400", description = "AMOUNT_MISMATCH (nothing approved)")
    @APIResponse(responseCode = "402", description = "REJECT_CARD_COMPANY, NOT_ENOUGH_BALANCE")
    @APIResponse(responseCode = "409", description = "ALREADY_PROCESSED_PAYMENT, NOT_CONFIRMABLE_PAYMENT")
    public PaymentObject confirm(ConfirmRequest request) {
        return PaymentObject.of(payments.confirm(Callers.merchant(security), RequestChecks.requiredBody(request)));
    }

    @POST
    @Path("/key-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "keyInPayment",
            summary = "Approve a card payment in one call (key-in)",
            description = "Creates and approves a card payment. Declines answer 402 with the card company's code and "
                    + "leave the payment ABORTED; 504 ACQUIRER_TIMEOUT means the outcome is being settled by inquiry.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "KeyInRequest"),
            examples = @ExampleObject(name = "lump sum", value = """
                    {"orderId": "order-20261122-0001", "orderName": "Hanbit Books: 2 items", "amount": 15000,
                     "cardNumber": "4330123456789018", "cardExpirationYear": "28", "cardExpirationMonth": "12"}""")))
    @APIResponse(responseCode = "200", description = "Approved: status DONE",
            content = @Content(schema = @Schema(ref = "Payment")))
    @APIResponse(responseCode = "400", description = "INVALID_REQUEST, INVALID_AMOUNT, INVALID_CARD_NUMBER, "
            + "INVALID_CARD_EXPIRATION, INVALID_INSTALLMENT",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "402", description = "REJECT_CARD_COMPANY, NOT_ENOUGH_BALANCE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "DUPLICATED_ORDER_ID")
    @APIResponse(responseCode = "502", description = "PROVIDER_ERROR (nothing charged)")
    @APIResponse(responseCode = "504", description = "ACQUIRER_TIMEOUT")
    public PaymentObject keyIn(KeyInRequest request,
                               @Parameter(hidden = true) @HeaderParam(IdempotencyFilter.HEADER) String idempotencyKey) {
        return PaymentObject.of(payments.keyIn(Callers.merchant(security), RequestChecks.requiredBody(request),
                RetryKey.ofHeader(idempotencyKey)));
    }

    @GET
    @Operation(operationId = "listPayments",
            summary = "List payments, newest first",
            description = "Filters: from/to (yyyy-MM-dd in Asia/Seoul, or ISO-8601 timestamps) on requestedAt, status; "
                    + "limit 1..100 (default 20); pass nextCursor as cursor for the next page (null on the last).")
    @APIResponse(responseCode = "200", description = "{items, nextCursor}",
            content = @Content(schema = @Schema(ref = "PaymentListResponse")))
    public PaymentListResponse list(@QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("status") String status, @QueryParam("limit") String limit,
                                    @QueryParam("cursor") String cursor) {
        PaymentPage page = payments.list(Callers.merchant(security), from, to, status, limit, cursor);
        return new PaymentListResponse(page.items().stream().map(PaymentObject::of).toList(), page.nextCursor());
    }

    /** A page of payments: {@code nextCursor} is null on the last page. */
    public record PaymentListResponse(java.util.List<PaymentObject> items, String nextCursor) {
    }

    @GET
    @Path("/{paymentKey}")
    @Operation(operationId = "getPayment",
            summary = "Read a payment",
            description = "The payment with its cancels, card (masked) and virtual account; a payment of another "
                    + "merchant or mode answers NOT_FOUND_PAYMENT.")
    @APIResponse(responseCode = "200", description = "The payment",
            content = @Content(schema = @Schema(ref = "Payment")))
    @APIResponse(responseCode = "404", description = "NOT_FOUND_PAYMENT (also for another merchant's payment)")
    public PaymentObject read(@PathParam("paymentKey") String paymentKey) {
        return PaymentObject.of(payments.find(Callers.merchant(security), paymentKey));
    }

    @GET
    @Path("/orders/{orderId}")
    @Operation(operationId = "getPaymentByOrderId",
            summary = "Read a payment by the merchant's order id",
            description = "The merchant's own order id finds the payment in the key's mode; another merchant's order "
                    + "id answers NOT_FOUND_PAYMENT.")
    @APIResponse(responseCode = "200", description = "The payment",
            content = @Content(schema = @Schema(ref = "Payment")))
    @APIResponse(responseCode = "404", description = "NOT_FOUND_PAYMENT")
    public PaymentObject readByOrderId(@PathParam("orderId") String orderId) {
        return PaymentObject.of(payments.findByOrderId(Callers.merchant(security), orderId));
    }

    @POST
    @Path("/{paymentKey}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelPayment",
            summary = "Cancel a payment, fully or partly",
            description = "Without cancelAmount the whole balance is canceled. Partial cancels can repeat until the "
                    + "balance is zero; the balance never goes below zero, whatever the concurrency.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "CancelRequest"),
            examples = @ExampleObject(name = "partial", value = """
                    {"cancelReason": "one item out of stock", "cancelAmount": 5000}""")))
    @APIResponse(responseCode = "200", description = "The payment with the new cancel in cancels[]",
            content = @Content(schema = @Schema(ref = "Payment")))
    @APIResponse(responseCode = "400", description = "NOT_CANCELABLE_AMOUNT (more than the balance)")
    @APIResponse(responseCode = "409", description = "ALREADY_CANCELED_PAYMENT, NOT_CANCELABLE_PAYMENT")
    public PaymentObject cancel(@PathParam("paymentKey") String paymentKey, CancelRequest request,
                                @Parameter(hidden = true) @HeaderParam(IdempotencyFilter.HEADER) String idempotencyKey) {
        return PaymentObject.of(payments.cancel(Callers.merchant(security), paymentKey, RequestChecks.requiredBody(request),
                RetryKey.ofHeader(idempotencyKey)));
    }
}
