package org.paygrid.event.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paygrid.api.security.Callers;
import org.paygrid.event.boundary.EventPage;
import org.paygrid.event.boundary.Events;
import org.paygrid.merchant.boundary.MerchantCredential;
import org.paygrid.shared.error.RequestChecks;
import org.paygrid.shared.json.ContractJson;

/**
 * The merchant's events, oldest first (contract sections 5 and 7). The items are the stored bodies written out
 * as they are, not re-serialised: byte for byte what the webhooks carried.
 */
@Path("/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@SecurityRequirement(name = "secretKey")
public class EventResource {

    @EJB
    Events events;

    @Context
    SecurityContext security;

    @GET
    @Operation(operationId = "listEvents",
            summary = "List events of this mode, oldest first",
            description = "Each item is {id, type, createdAt, mode, data}, exactly the body a webhook delivery "
                    + "carries. Events are listed in the order they became visible, so polling with after never "
                    + "skips one that committed late (createdAt may then be a little out of order). "
                    + "after: an event id, to list the ones after it (cursor is accepted as a synonym); "
                    + "limit 1..100 (default 20); nextCursor is null on the last page. To poll for new events, pass "
                    + "the id of the last event you processed as after.")
    @APIResponse(responseCode = "200", description = "{items, nextCursor}; each item one of the event schemas "
            + "(PaymentStatusChangedEvent, DepositCallbackEvent, PayoutStatusChangedEvent, WebhookTestEvent)",
            content = @Content(schema = @Schema(ref = "EventPage")))
    @APIResponse(responseCode = "404", description = "NOT_FOUND_EVENT (after names no event of yours)")
    public Response list(@QueryParam("after") String after, @QueryParam("cursor") String cursor,
                         @QueryParam("limit") String limit) {
        MerchantCredential caller = Callers.merchant(security);
        String from = RequestChecks.optionalText(after != null ? after : cursor, "after", 40);
        EventPage page = events.list(caller.merchantId(), caller.mode(), from, RequestChecks.pageLimit(limit));
        String json = "{\"items\":[" + String.join(",", page.bodies()) + "],\"nextCursor\":"
                + (page.nextCursor() == null ? "null" : ContractJson.write(page.nextCursor())) + "}";
        StreamingOutput body = out -> out.write(json.getBytes(StandardCharsets.UTF_8));
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
