package org.paygrid.webhook.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.UriInfo;
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
import org.paygrid.shared.error.RequestChecks;
import org.paygrid.webhook.boundary.RegisteredWebhook;
import org.paygrid.webhook.boundary.WebhookPage;
import org.paygrid.webhook.boundary.Webhooks;

/** A merchant's webhook endpoints, per mode (contract sections 5 and 7). Every rule is in {@link Webhooks}. */
@Path("/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@SecurityRequirement(name = "secretKey")
public class WebhookResource {

    @EJB
    Webhooks webhooks;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook",
            summary = "Register a webhook",
            description = "Events of this key's mode are POSTed to url, signed the Standard Webhooks way: headers "
                    + "webhook-id (the event id, the same on every retry: de-duplicate by it), webhook-timestamp (unix "
                    + "seconds of the attempt) and webhook-signature: v1,<base64 HMAC-SHA256(key, id.timestamp.body)> "
                    + "with key = base64-decoded secret after whsec_. Answer 2xx within 10 s; anything else is retried "
                    + "(8 attempts over about 27.6 hours), in order per payment. 410 Gone disables the webhook. "
                    + "events: PAYMENT_STATUS_CHANGED, DEPOSIT_CALLBACK, PAYOUT_STATUS_CHANGED; none means all. "
                    + "The secret is in this answer; later reads show secretHint, and GET /v1/webhooks/{id}/secret "
                    + "shows it to the owner again. At most 10 active webhooks per mode.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "WebhookRequest"),
            examples = @ExampleObject(name = "payments", value = """
                    {"url": "https://shop.example/paygrid/webhooks", "events": ["PAYMENT_STATUS_CHANGED"]}""")))
    @APIResponse(responseCode = "201", description = "Registered, with its secret",
            content = @Content(schema = @Schema(ref = "Webhook")))
    @APIResponse(responseCode = "400", description = "INVALID_REQUEST (url, events)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "WEBHOOK_LIMIT_EXCEEDED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(WebhookRequest request) {
        WebhookRequest body = RequestChecks.requiredBody(request);
        RegisteredWebhook registered = webhooks.register(Callers.merchant(security), body.url(), body.events());
        return Response.created(uri.getAbsolutePathBuilder().path(registered.endpoint().id()).build())
                .entity(WebhookResponse.of(registered.endpoint(), registered.secret())).build();
    }

    @GET
    @Operation(operationId = "listWebhooks",
            summary = "List webhooks of this mode, oldest first",
            description = "Active and disabled ones; limit 1..100 (default 20), pass nextCursor as cursor.")
    @APIResponse(responseCode = "200", description = "{items, nextCursor}",
            content = @Content(schema = @Schema(ref = "WebhookList")))
    public WebhookResponse.Page list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        WebhookPage page = webhooks.list(Callers.merchant(security), RequestChecks.pageLimit(limit),
                RequestChecks.optionalText(cursor, "cursor", 40));
        return new WebhookResponse.Page(page.items().stream().map(e -> WebhookResponse.of(e, null)).toList(),
                page.nextCursor());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook",
            summary = "Read a webhook",
            description = "The endpoint URL, subscribed event types, status (and why it was disabled) and a hint "
                    + "of its signing secret.")
    @APIResponse(responseCode = "200", description = "The webhook (secretHint only)",
            content = @Content(schema = @Schema(ref = "Webhook")))
    @APIResponse(responseCode = "404", description = "NOT_FOUND_WEBHOOK (also another merchant's or mode's)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WebhookResponse read(@PathParam("id") String id) {
        return WebhookResponse.of(webhooks.find(Callers.merchant(security), id), null);
    }

    @GET
    @Path("/{id}/secret")
    @Operation(operationId = "getWebhookSecret",
            summary = "Show a webhook's signing secret again",
            description = "For the owner who lost it. Lists never show it; this call does, with the secret key only.")
    @APIResponse(responseCode = "200", description = "{secret}", content = @Content(schema = @Schema(ref = "Secret")))
    @APIResponse(responseCode = "404", description = "NOT_FOUND_WEBHOOK",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WebhookResponse.Secret secret(@PathParam("id") String id) {
        return new WebhookResponse.Secret(webhooks.secret(Callers.merchant(security), id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook",
            summary = "Remove a webhook", description = "Nothing more is sent to it, retries included.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "NOT_FOUND_WEBHOOK (also another merchant's or mode's)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response remove(@PathParam("id") String id) {
        webhooks.remove(Callers.merchant(security), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/events/{eventId}/resend")
    @Operation(operationId = "resendWebhookEvent",
            summary = "Send an event to this webhook again",
            description = "Any of your events of this mode (see GET /v1/events), with the same webhook-id as before. "
                    + "A delivery of it still pending here is sent at once instead of waiting for its next retry.")
    @APIResponse(responseCode = "202", description = "The delivery that will carry it",
            content = @Content(schema = @Schema(ref = "WebhookDelivery")))
    @APIResponse(responseCode = "404", description = "NOT_FOUND_WEBHOOK, NOT_FOUND_EVENT",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "WEBHOOK_NOT_ACTIVE (disabled after 410 Gone)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response resend(@PathParam("id") String id, @PathParam("eventId") String eventId) {
        return Response.accepted(DeliveryResponse.of(webhooks.resend(Callers.merchant(security), id, eventId)))
                .build();
    }
}
