package org.paygrid.billing.api;

import org.paygrid.idempotency.entity.RetryKey;
import org.paygrid.api.IdempotencyFilter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.HeaderParam;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paygrid.api.problem.Problem;
import org.paygrid.api.security.Callers;
import org.paygrid.billing.boundary.BillingChargeRequest;
import org.paygrid.billing.boundary.BillingKeyRequest;
import org.paygrid.billing.boundary.BillingKeyView;
import org.paygrid.billing.boundary.BillingKeys;
import org.paygrid.payment.boundary.PaymentObject;
import org.paygrid.shared.error.RequestChecks;

/** Billing keys (자동결제), contract section 5: store a card once, charge it from the merchant's server. */
@Path("/billing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Billing keys")
@SecurityRequirement(name = "secretKey")
public class BillingResource {

    @EJB
    BillingKeys billingKeys;

    @Context
    SecurityContext security;

    @POST
    @Path("/authorizations/card")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueBillingKey",
            summary = "Issue a billing key for a customer's card",
            description = "The card is checked (Luhn, expiry) and stored encrypted; only the masked number is shown.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "BillingKeyRequest"),
            examples = @ExampleObject(name = "card", value = """
                    {"customerKey": "customer-1234", "cardNumber": "4330123456789018",
                     "cardExpirationYear": "28", "cardExpirationMonth": "12"}""")))
    @APIResponse(responseCode = "200", description = "The billing key",
            content = @Content(schema = @Schema(ref = "BillingKey")))
    @APIResponse(responseCode = "400", description = "INVALID_REQUEST, INVALID_CARD_NUMBER, INVALID_CARD_EXPIRATION",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BillingKeyView issue(BillingKeyRequest request) {
        return billingKeys.issue(Callers.merchant(security), RequestChecks.requiredBody(request));
    }

    @POST
    @Path("/{billingKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "chargeBillingKey",
            summary = "Charge a billing key",
            description = "Answers a DONE payment, or a 402 with the card company's code (the payment is ABORTED). "
                    + "Same approval path, ledger and idempotency as a key-in.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "BillingChargeRequest"),
            examples = @ExampleObject(name = "monthly", value = """
                    {"customerKey": "customer-1234", "amount": 9900, "orderId": "subscription-2026-11",
                     "orderName": "Monthly plan, November"}""")))
    @APIResponse(responseCode = "200", description = "DONE",
            content = @Content(schema = @Schema(ref = "Payment")))
    @APIResponse(responseCode = "400", description = "INVALID_CUSTOMER_KEY, INVALID_AMOUNT, INVALID_REQUEST",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "402", description = "REJECT_CARD_COMPANY, NOT_ENOUGH_BALANCE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND_BILLING_KEY (unknown, another merchant's, revoked)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "DUPLICATED_ORDER_ID")
    public PaymentObject charge(@PathParam("billingKey") String billingKey, BillingChargeRequest request,
                                @Parameter(hidden = true) @HeaderParam(IdempotencyFilter.HEADER) String idempotencyKey) {
        return PaymentObject.of(billingKeys.charge(Callers.merchant(security), billingKey,
                RequestChecks.requiredBody(request), RetryKey.ofHeader(idempotencyKey)));
    }

    @DELETE
    @Path("/{billingKey}")
    @Operation(operationId = "revokeBillingKey",
            summary = "Revoke a billing key", description = "Later charges answer 404 NOT_FOUND_BILLING_KEY.")
    @APIResponse(responseCode = "200", description = "The revoked billing key",
            content = @Content(schema = @Schema(ref = "BillingKey")))
    @APIResponse(responseCode = "404", description = "NOT_FOUND_BILLING_KEY",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BillingKeyView revoke(@PathParam("billingKey") String billingKey) {
        return billingKeys.revoke(Callers.merchant(security), billingKey);
    }
}
