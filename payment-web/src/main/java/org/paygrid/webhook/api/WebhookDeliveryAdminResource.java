package org.paygrid.webhook.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paygrid.api.problem.Problem;
import org.paygrid.api.security.StaffApi;
import org.paygrid.api.security.StaffRoles;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;
import org.paygrid.shared.error.RequestChecks;
import org.paygrid.webhook.boundary.DeliveryPage;
import org.paygrid.webhook.boundary.WebhookDeliveries;
import org.paygrid.webhook.entity.DeliveryStatus;

/** Webhook deliveries and every attempt, for support answering "did you send it?", and resends (audited). */
@StaffApi
@Path("/admin/webhook-deliveries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks (staff)")
@SecurityRequirement(name = "keycloak")
public class WebhookDeliveryAdminResource {

    @EJB
    WebhookDeliveries deliveries;

    @Context
    SecurityContext security;

    @GET
    @StaffRoles({"admin", "support"})
    @Operation(operationId = "searchWebhookDeliveries",
            summary = "Deliveries, newest first",
            description = "Filter by merchantId and status (PENDING, DELIVERED, FAILED); limit 1..100 (default 20); "
                    + "pass nextCursor as cursor.")
    @APIResponse(responseCode = "200", description = "{items, nextCursor}",
            content = @Content(schema = @Schema(ref = "Page")))
    public DeliveryResponse.Page search(@QueryParam("merchantId") String merchantId,
                                        @QueryParam("status") String status, @QueryParam("limit") String limit,
                                        @QueryParam("cursor") String cursor) {
        DeliveryPage page = deliveries.search(RequestChecks.optionalText(merchantId, "merchantId", 32),
                RequestChecks.optionalEnum(status, "status", DeliveryStatus.class), RequestChecks.pageLimit(limit),
                cursor == null || cursor.isBlank() ? null : number(cursor, "cursor"));
        return new DeliveryResponse.Page(page.items().stream().map(DeliveryResponse::of).toList(), page.nextCursor());
    }

    @GET
    @Path("/{id}")
    @StaffRoles({"admin", "support"})
    @Operation(operationId = "getWebhookDelivery",
            summary = "A delivery with every attempt (status or error, latency, start of the answer)",
            description = "One event to one endpoint: its status, every attempt with the HTTP status or error, "
                    + "latency and the start of the answer, and resends.")
    @APIResponse(responseCode = "200", description = "The delivery and its attempts",
            content = @Content(schema = @Schema(ref = "WebhookDelivery")))
    @APIResponse(responseCode = "404", description = "NOT_FOUND_WEBHOOK_DELIVERY",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeliveryResponse read(@PathParam("id") String id) {
        return DeliveryResponse.of(deliveries.find(deliveryId(id)));
    }

    @POST
    @Path("/{id}/resend")
    @StaffRoles({"admin", "support"})
    @Operation(operationId = "resendWebhookDelivery",
            summary = "Send the delivery's event to its webhook again",
            description = "A new delivery with a fresh retry schedule (or, if this one is still pending, this one "
                    + "at once). The webhook-id stays the event id. Audited.")
    @APIResponse(responseCode = "202", description = "The delivery that will carry it",
            content = @Content(schema = @Schema(ref = "WebhookDelivery")))
    @APIResponse(responseCode = "404", description = "NOT_FOUND_WEBHOOK_DELIVERY",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "WEBHOOK_NOT_ACTIVE (deleted, or disabled after 410 Gone)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response resend(@PathParam("id") String id) {
        return Response.accepted(DeliveryResponse.of(deliveries.resend(security.getUserPrincipal().getName(),
                deliveryId(id)))).build();
    }

    /** A malformed id names nothing that exists. */
    private static long deliveryId(String id) {
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            throw new PaygridException(ErrorCode.NOT_FOUND_WEBHOOK_DELIVERY, "No webhook delivery " + id);
        }
    }

    private static long number(String value, String field) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw RequestChecks.invalid(field, "must be a number");
        }
    }
}
