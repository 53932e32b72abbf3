package org.paygrid.api.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import org.paygrid.api.problem.Problem;
import org.paygrid.api.security.StaffTokenVerifier.InvalidStaffTokenException;
import org.paygrid.shared.error.ErrorCode;

/**
 * Authenticates every call under {@code /v1/admin} by its Keycloak bearer token. A missing or bad token is
 * answered 401 here; what the caller may do is decided per method by {@link StaffRolesFeature}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Inject
    StaffTokenVerifier staffTokens;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("admin/") && !path.equals("admin")) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            request.abortWith(Problem.response(ErrorCode.UNAUTHORIZED,
                    "Staff calls need a Keycloak access token: Authorization: Bearer <token>", "/v1/" + path));
            return;
        }
        try {
            StaffPrincipal staff = staffTokens.verify(header.substring(BEARER.length()).trim());
            request.setSecurityContext(new StaffSecurityContext(staff, request.getSecurityContext().isSecure()));
        } catch (InvalidStaffTokenException e) {
            request.abortWith(Problem.response(ErrorCode.UNAUTHORIZED,
                    "The access token is not valid: " + e.getMessage(), "/v1/" + path));
        }
    }

    private record StaffSecurityContext(StaffPrincipal staff, boolean secure) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return staff;
        }

        @Override
        public boolean isUserInRole(String role) {
            return staff.roles().contains(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
