package org.paygrid.payment.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paygrid.api.problem.Problem;
import org.paygrid.api.security.Callers;
import org.paygrid.payment.boundary.PaymentObject;
import org.paygrid.payment.boundary.VirtualAccounts;
import org.paygrid.shared.error.RequestChecks;

/** Test mode: the sandbox deposit that plays the customer's bank transfer into a virtual account. */
@Path("/sandbox/virtual-accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Virtual accounts")
@SecurityRequirement(name = "secretKey")
public class SandboxResource {

    @EJB
    VirtualAccounts virtualAccounts;

    @Context
    SecurityContext security;

    /** {@code POST /v1/sandbox/virtual-accounts/{paymentKey}/deposit}. */
    public record DepositRequest(@Schema(required = true, example = "32000") Long amount) {
    }

    @POST
    @Path("/{paymentKey}/deposit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "depositToVirtualAccount",
            summary = "Test mode: deposit into a virtual account as the customer would",
            description = "The bank takes only the exact amount (else 400 INVALID_DEPOSIT_AMOUNT). A live key "
                    + "answers 403 FORBIDDEN_KEY.")
    @APIResponse(responseCode = "200", description = "DONE",
            content = @Content(schema = @Schema(ref = "Payment")))
    @APIResponse(responseCode = "400", description = "INVALID_DEPOSIT_AMOUNT",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN_KEY (live key)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND_PAYMENT",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "NOT_WAITING_FOR_DEPOSIT (already paid, expired, not a "
            + "virtual account)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PaymentObject deposit(@PathParam("paymentKey") String paymentKey, DepositRequest request) {
        return PaymentObject.of(virtualAccounts.depositInSandbox(Callers.merchant(security), paymentKey,
                RequestChecks.requiredBody(request).amount()));
    }
}
