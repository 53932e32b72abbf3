package org.paygrid.api.security;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Set;
import org.paygrid.api.problem.Problem;
import org.paygrid.api.security.StaffTokenVerifier.InvalidStaffTokenException;
import org.paygrid.merchant.boundary.MerchantCredential;
import org.paygrid.merchant.boundary.Merchants;
import org.paygrid.merchant.entity.ApiKeyKind;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;
import org.paygrid.shared.logging.LogContext;

/**
 * Authenticates every API call, by the resource the request matched (after matching, so that no spelling of a path
 * can reach a staff resource as a merchant or the reverse): a {@link StaffApi} resource takes a Keycloak bearer
 * token (what the caller may do is decided per method by {@link StaffRolesFeature}); every other resource a
 * merchant API key, as {@code Authorization: Basic base64(key + ":")} or {@code Bearer key}; a client key may only
 * create payments.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final String BASIC = "Basic ";
    /** The only call a (public) client key may make: creating a payment from the checkout page. */
    private static final Set<String> CLIENT_KEY_CALLS = Set.of("POST payments");

    @Inject
    StaffTokenVerifier staffTokens;

    @Context
    ResourceInfo matched;

    @EJB
    Merchants merchants;

    @Override
    public void filter(ContainerRequestContext request) {
        if ("OPTIONS".equals(request.getMethod())) {
            return;   // a browser's CORS preflight carries no credentials; CorsFilter answers it
        }
        String path = request.getUriInfo().getPath();
        String instance = "/v1/" + path;
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean secure = request.getSecurityContext().isSecure();
        if (matched.getResourceClass() != null && matched.getResourceClass().isAnnotationPresent(StaffApi.class)) {
            authenticateStaff(request, header, instance, secure);
        } else {
            authenticateMerchant(request, header, path, instance, secure);
        }
    }

    private void authenticateStaff(ContainerRequestContext request, String header, String instance, boolean secure) {
        if (!startsWithIgnoreCase(header, BEARER)) {
            request.abortWith(Problem.response(ErrorCode.UNAUTHORIZED,
                    "Staff calls need a Keycloak access token: Authorization: Bearer <token>", instance));
            return;
        }
        try {
            StaffPrincipal staff = staffTokens.verify(header.substring(BEARER.length()).trim());
            request.setSecurityContext(new CallerContext(staff, secure, staff.roles()));
        } catch (InvalidStaffTokenException e) {
            request.abortWith(Problem.response(ErrorCode.UNAUTHORIZED,
                    "The access token is not valid: " + e.getMessage(), instance));
        }
    }

    private void authenticateMerchant(ContainerRequestContext request, String header, String path, String instance,
                                      boolean secure) {
        String key = apiKeyOf(header);
        if (key == null) {
            request.abortWith(Problem.response(ErrorCode.UNAUTHORIZED_KEY,
                    "Send your API key: Authorization: Basic base64(<key>:)", instance));
            return;
        }
        MerchantCredential credential;
        try {
            credential = merchants.authenticate(key);
        } catch (PaygridException e) {
            request.abortWith(Problem.response(e.code(), e.getMessage(), instance));
            return;
        }
        if (credential.kind() == ApiKeyKind.CLIENT && !CLIENT_KEY_CALLS.contains(request.getMethod() + " " + path)) {
            request.abortWith(Problem.response(ErrorCode.FORBIDDEN_KEY,
                    "A client key may only create payments; use the secret key from your server", instance));
            return;
        }
        LogContext.merchant(credential.merchantId());
        request.setSecurityContext(new CallerContext(new MerchantPrincipal(credential), secure, Set.of()));
    }

    /** The key from {@code Basic base64(key:)} or {@code Bearer key}; null when there is none. */
    static String apiKeyOf(String header) {
        if (startsWithIgnoreCase(header, BASIC)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                String key = colon < 0 ? decoded : decoded.substring(0, colon);
                return key.isBlank() ? null : key;
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
        }
        if (startsWithIgnoreCase(header, BEARER)) {
            String key = header.substring(BEARER.length()).trim();
            return key.isEmpty() ? null : key;
        }
        return null;
    }

    private static boolean startsWithIgnoreCase(String header, String prefix) {
        return header != null && header.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private record CallerContext(Principal caller, boolean secure, Set<String> roles) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            return roles.contains(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return caller instanceof StaffPrincipal ? "Bearer" : "Basic";
        }
    }
}
