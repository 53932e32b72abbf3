package org.paygrid.merchant.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
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
import org.paygrid.api.security.StaffApi;
import org.paygrid.api.security.StaffRoles;
import org.paygrid.merchant.boundary.MerchantMembers;
import org.paygrid.merchant.boundary.Merchants;
import org.paygrid.merchant.boundary.OnboardedMerchant;
import java.util.List;
import org.paygrid.merchant.entity.ApiKeyKind;
import org.paygrid.merchant.entity.DocumentKind;
import org.paygrid.merchant.entity.DocumentStatus;
import org.paygrid.merchant.entity.MemberRole;
import org.paygrid.merchant.entity.Merchant;
import org.paygrid.merchant.entity.ReviewDecision;
import org.paygrid.shared.Mode;
import org.paygrid.shared.error.RequestChecks;

/** Staff and automation onboard merchants here (contract section 5, admin endpoints). */
@StaffApi
@Path("/admin/merchants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Merchants (staff)")
@SecurityRequirement(name = "keycloak")
public class MerchantAdminResource {

    @EJB
    Merchants merchants;

    @EJB
    MerchantMembers members;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffRoles("admin")
    @Operation(operationId = "createMerchant",
            summary = "Register a merchant application",
            description = "Creates the merchant in status APPLIED with test keys. The secret key is in this "
                    + "response only: it is stored as a hash and never shown again.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "MerchantApplication"),
            examples = @ExampleObject(name = "bookshop", value = """
                    {"name": "Hanbit Books", "businessNumber": "123-45-67891", "representative": "Kim Minji",
                     "email": "owner@hanbit-books.example", "websiteUrl": "https://hanbit-books.example"}""")))
    @APIResponse(responseCode = "201", description = "Merchant created, test keys issued",
            content = @Content(schema = @Schema(ref = "Merchant")))
    @APIResponse(responseCode = "400", description = "INVALID_REQUEST or INVALID_BUSINESS_NUMBER",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Token without the admin role")
    @APIResponse(responseCode = "409", description = "DUPLICATED_BUSINESS_NUMBER",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response apply(MerchantApplicationRequest request) {
        OnboardedMerchant onboarded = merchants.apply(RequestChecks.requiredBody(request).toProfile(),
                actor());
        Merchant merchant = onboarded.merchant();
        return Response.created(uri.getAbsolutePathBuilder().path(merchant.id()).build())
                .entity(MerchantResponse.issued(merchant, merchants.keysOf(merchant.id()), onboarded.issuedKeys(),
                        merchants.checklistOf(merchant.id())))
                .build();
    }

    @GET
    @Path("/{id}")
    @StaffRoles({"admin", "support"})
    @Operation(operationId = "getMerchant",
            summary = "Read a merchant", description = "Secret keys appear masked.")
    @APIResponse(responseCode = "200", description = "The merchant",
            content = @Content(schema = @Schema(ref = "Merchant")))
    @APIResponse(responseCode = "404", description = "NOT_FOUND_MERCHANT",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MerchantResponse read(@PathParam("id") String id) {
        return view(merchants.find(id));
    }

    @PUT
    @Path("/{id}/documents/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffRoles("admin")
    @Operation(operationId = "recordMerchantDocument",
            summary = "Record one item of the review checklist",
            description = "kind: BUSINESS_REGISTRATION, MAIL_ORDER_REPORT, REPRESENTATIVE_ID, TERMS_OF_SERVICE, "
                    + "PRIVACY_POLICY, REFUND_POLICY, SUPPORT_CONTACT. The first item SUBMITTED or VERIFIED moves an "
                    + "APPLIED merchant to UNDER_REVIEW. Audited.")
    @APIResponse(responseCode = "200", description = "The merchant with its checklist",
            content = @Content(schema = @Schema(ref = "Merchant")))
    @APIResponse(responseCode = "400", description = "INVALID_REQUEST (unknown kind or status)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "INVALID_MERCHANT_STATUS (terminated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MerchantResponse recordDocument(@PathParam("id") String id, @PathParam("kind") String kind,
                                           DocumentRequest request) {
        DocumentRequest body = RequestChecks.requiredBody(request);
        merchants.recordDocument(id, RequestChecks.requiredEnum(kind, "kind", DocumentKind.class),
                RequestChecks.requiredEnum(body.status(), "status", DocumentStatus.class),
                RequestChecks.optionalText(body.note(), "note", 1000), actor());
        return view(merchants.find(id));
    }

    @POST
    @Path("/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffRoles("admin")
    @Operation(operationId = "reviewMerchant",
            summary = "Approve or reject an application",
            description = "For a merchant in APPLIED or UNDER_REVIEW. The decision records the checklist as it "
                    + "stands. APPROVE issues the live keys: their secret key is in this response only.")
    @APIResponse(responseCode = "200", description = "The merchant; after APPROVE with keys.live in clear",
            content = @Content(schema = @Schema(ref = "Merchant")))
    @APIResponse(responseCode = "400", description = "INVALID_REQUEST",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND_MERCHANT",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "INVALID_MERCHANT_STATUS (already decided, suspended...)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MerchantResponse review(@PathParam("id") String id, ReviewRequest request) {
        ReviewRequest body = RequestChecks.requiredBody(request);
        OnboardedMerchant reviewed = merchants.review(id,
                RequestChecks.requiredEnum(body.decision(), "decision", ReviewDecision.class),
                RequestChecks.optionalText(body.note(), "note", 1000), actor());
        return MerchantResponse.issued(reviewed.merchant(), merchants.keysOf(id), reviewed.issuedKeys(),
                merchants.checklistOf(id));
    }

    @POST
    @Path("/{id}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffRoles("admin")
    @Operation(operationId = "suspendMerchant",
            summary = "Suspend an approved merchant",
            description = "Its keys keep reading but answer 403 MERCHANT_NOT_ACTIVE for anything that moves money.")
    @APIResponse(responseCode = "200", description = "The merchant",
            content = @Content(schema = @Schema(ref = "Merchant")))
    @APIResponse(responseCode = "409", description = "INVALID_MERCHANT_STATUS (not APPROVED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MerchantResponse suspend(@PathParam("id") String id, StatusChangeRequest request) {
        return view(merchants.suspend(id, reason(request), actor()));
    }

    @POST
    @Path("/{id}/reinstate")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffRoles("admin")
    @Operation(operationId = "reinstateMerchant",
            summary = "Reinstate a suspended merchant (back to APPROVED)",
            description = "A SUSPENDED merchant goes back to APPROVED and may move money again. The reason is audited.")
    @APIResponse(responseCode = "200", description = "The merchant",
            content = @Content(schema = @Schema(ref = "Merchant")))
    @APIResponse(responseCode = "409", description = "INVALID_MERCHANT_STATUS (not SUSPENDED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MerchantResponse reinstate(@PathParam("id") String id, StatusChangeRequest request) {
        return view(merchants.reinstate(id, reason(request), actor()));
    }

    @POST
    @Path("/{id}/terminate")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffRoles("admin")
    @Operation(operationId = "terminateMerchant",
            summary = "Terminate a merchant (final)",
            description = "Reads keep working for the merchant's records; nothing moves money again.")
    @APIResponse(responseCode = "200", description = "The merchant",
            content = @Content(schema = @Schema(ref = "Merchant")))
    @APIResponse(responseCode = "409", description = "INVALID_MERCHANT_STATUS (already terminated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MerchantResponse terminate(@PathParam("id") String id, StatusChangeRequest request) {
        return view(merchants.terminate(id, reason(request), actor()));
    }

    @GET
    @Path("/{id}/keys")
    @StaffRoles({"admin", "support"})
    @Operation(operationId = "listMerchantKeys",
            summary = "List a merchant's API keys, revoked ones included (secret keys masked)",
            description = "Client keys in full (they are public), secret keys as a hint only: a secret key is shown in "
                    + "full once, when issued.")
    public List<ApiKeyResponse> keys(@PathParam("id") String id) {
        merchants.find(id);
        return merchants.keysOf(id).stream().map(ApiKeyResponse::stored).toList();
    }

    @POST
    @Path("/{id}/keys/roll")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffRoles("admin")
    @Operation(operationId = "rollMerchantKey",
            summary = "Replace the active key of a mode and kind",
            description = "The old key stops working at once; the new key is in this response only.")
    @APIResponse(responseCode = "200", description = "The new key, in clear",
            content = @Content(schema = @Schema(ref = "ApiKey")))
    @APIResponse(responseCode = "409", description = "INVALID_MERCHANT_STATUS (live keys before approval)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApiKeyResponse rollKey(@PathParam("id") String id, KeyRollRequest request) {
        KeyRollRequest body = RequestChecks.requiredBody(request);
        Mode mode = Mode.fromWireName(body.mode());
        ApiKeyKind kind = body.kind() == null ? ApiKeyKind.SECRET
                : RequestChecks.requiredEnum(body.kind(), "kind", ApiKeyKind.class);
        return ApiKeyResponse.issued(merchants.rollKey(id, mode, kind, actor()));
    }

    @DELETE
    @Path("/{id}/keys/{keyId}")
    @StaffRoles("admin")
    @Operation(operationId = "revokeMerchantKey",
            summary = "Revoke one key without a replacement", description = "It answers 401 from now on.")
    @APIResponse(responseCode = "200", description = "The revoked key",
            content = @Content(schema = @Schema(ref = "ApiKey")))
    @APIResponse(responseCode = "404", description = "NOT_FOUND_API_KEY",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApiKeyResponse revokeKey(@PathParam("id") String id, @PathParam("keyId") long keyId) {
        return ApiKeyResponse.stored(merchants.revokeKey(id, keyId, actor()));
    }

    @POST
    @Path("/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffRoles("admin")
    @Operation(operationId = "inviteMerchantMember",
            summary = "Give a person a place in the merchant's dashboard",
            description = "The address becomes a member with the role when its owner signs in to the dashboard "
                    + "with it verified; an address already listed gets the new role.")
    @APIResponse(responseCode = "200", description = "The member, INVITED until they sign in",
            content = @Content(schema = @Schema(ref = "MerchantMember")))
    @APIResponse(responseCode = "400", description = "INVALID_REQUEST (e-mail or role)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND_MERCHANT",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MemberResponse inviteMember(@PathParam("id") String id, MemberRequest request) {
        MemberRequest body = RequestChecks.requiredBody(request);
        MemberRole role = RequestChecks.requiredEnum(body.role(), "role", MemberRole.class);
        return MemberResponse.of(members.invite(id, body.email(), role, actor()));
    }

    @GET
    @Path("/{id}/members")
    @StaffRoles({"admin", "support"})
    @Operation(operationId = "listMerchantMembers", summary = "List the people of a merchant's dashboard",
            description = "Who may use the merchant dashboard of this merchant, and as what (OWNER, DEVELOPER, "
                    + "ACCOUNTANT); invited and active members.")
    public List<MemberResponse> listMembers(@PathParam("id") String id) {
        merchants.find(id);
        return members.membersOf(id).stream().map(MemberResponse::of).toList();
    }

    private MerchantResponse view(Merchant merchant) {
        return MerchantResponse.stored(merchant, merchants.keysOf(merchant.id()), merchants.checklistOf(merchant.id()));
    }

    private static String reason(StatusChangeRequest request) {
        return RequestChecks.requiredText(RequestChecks.requiredBody(request).reason(), "reason", 1000);
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
