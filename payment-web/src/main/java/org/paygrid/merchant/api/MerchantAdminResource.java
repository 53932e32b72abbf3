package org.paygrid.merchant.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
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
import org.paygrid.api.security.StaffRoles;
import org.paygrid.merchant.boundary.Merchants;
import org.paygrid.merchant.boundary.OnboardedMerchant;
import org.paygrid.merchant.entity.Merchant;
import org.paygrid.shared.error.RequestChecks;

/** Staff and automation onboard merchants here (contract section 5, admin endpoints). */
@Path("/admin/merchants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Merchants (staff)")
@SecurityRequirement(name = "keycloak")
public class MerchantAdminResource {

    @EJB
    Merchants merchants;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffRoles("admin")
    @Operation(summary = "Register a merchant application",
            description = "Creates the merchant in status APPLIED with test keys. The secret key is in this "
                    + "response only: it is stored as a hash and never shown again.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MerchantApplicationRequest.class),
            examples = @ExampleObject(name = "bookshop", value = """
                    {"name": "Hanbit Books", "businessNumber": "123-45-67891", "representative": "Kim Minji",
                     "email": "owner@hanbit-books.example", "websiteUrl": "https://hanbit-books.example"}""")))
    @APIResponse(responseCode = "201", description = "Merchant created, test keys issued",
            content = @Content(schema = @Schema(implementation = MerchantResponse.class)))
    @APIResponse(responseCode = "400", description = "INVALID_REQUEST or INVALID_BUSINESS_NUMBER",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Token without the admin role")
    @APIResponse(responseCode = "409", description = "DUPLICATED_BUSINESS_NUMBER",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response apply(MerchantApplicationRequest request) {
        OnboardedMerchant onboarded = merchants.apply(RequestChecks.requiredBody(request).toProfile(),
                security.getUserPrincipal().getName());
        Merchant merchant = onboarded.merchant();
        return Response.created(uri.getAbsolutePathBuilder().path(merchant.id()).build())
                .entity(MerchantResponse.issued(merchant, onboarded.issuedKeys()))
                .build();
    }

    @GET
    @Path("/{id}")
    @StaffRoles({"admin", "support"})
    @Operation(summary = "Read a merchant", description = "Secret keys appear masked.")
    @APIResponse(responseCode = "200", description = "The merchant",
            content = @Content(schema = @Schema(implementation = MerchantResponse.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND_MERCHANT",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MerchantResponse read(@PathParam("id") String id) {
        return MerchantResponse.stored(merchants.find(id), merchants.keysOf(id));
    }
}
