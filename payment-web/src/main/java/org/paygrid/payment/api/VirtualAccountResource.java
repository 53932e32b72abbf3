package org.paygrid.payment.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import org.paygrid.payment.boundary.PaymentObject;
import org.paygrid.payment.boundary.VirtualAccountRequest;
import org.paygrid.payment.boundary.VirtualAccounts;
import org.paygrid.shared.error.RequestChecks;

/** Virtual accounts (가상계좌). */
@Path("/virtual-accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Virtual accounts")
@SecurityRequirement(name = "secretKey")
public class VirtualAccountResource {

    @EJB
    VirtualAccounts virtualAccounts;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueVirtualAccount",
            summary = "Issue a virtual account",
            description = "The bank opens an account for this payment; the answer is WAITING_FOR_DEPOSIT with "
                    + "virtualAccount (bank, number, due date). The deposit of the exact amount makes it DONE "
                    + "(event DEPOSIT_CALLBACK); past the due date it becomes EXPIRED. Banks: 04 KB, 11 NH, "
                    + "20 Woori, 81 Hana, 88 Shinhan. validHours 1..720, default 168.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "VirtualAccountRequest"),
            examples = @ExampleObject(name = "seven days", value = """
                    {"orderId": "order-20261122-0003", "orderName": "Hanbit Books: 3 items", "amount": 32000,
                     "bank": "88", "customerName": "김민지",
                     "cashReceipt": {"type": "INCOME_DEDUCTION", "registrationNumber": "01012345678"}}""")))
    @APIResponse(responseCode = "200", description = "WAITING_FOR_DEPOSIT",
            content = @Content(schema = @Schema(ref = "Payment")))
    @APIResponse(responseCode = "400", description = "INVALID_REQUEST (bank, validHours...), INVALID_AMOUNT",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "DUPLICATED_ORDER_ID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "PROVIDER_ERROR (the bank opened no account)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PaymentObject issue(VirtualAccountRequest request) {
        return PaymentObject.of(virtualAccounts.issue(Callers.merchant(security), RequestChecks.requiredBody(request)));
    }

}
