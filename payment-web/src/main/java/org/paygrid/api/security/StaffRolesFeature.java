package org.paygrid.api.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.List;
import org.paygrid.api.problem.Problem;
import org.paygrid.shared.error.ErrorCode;

/**
 * Enforces {@link StaffRoles} on resource methods (or their class): 401 without a caller, 403 without the role. A
 * method of a {@link StaffApi} resource that names no roles is refused to everyone (fail closed).
 */
@Provider
public class StaffRolesFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        StaffRoles allowed = resource.getResourceMethod().getAnnotation(StaffRoles.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(StaffRoles.class);
        }
        if (allowed != null) {
            context.register(new RoleCheck(List.of(allowed.value())));
        } else if (resource.getResourceClass().isAnnotationPresent(StaffApi.class)) {
            context.register(new RoleCheck(List.of()));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    private record RoleCheck(List<String> roles) implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            var security = request.getSecurityContext();
            String path = "/v1/" + request.getUriInfo().getPath();
            if (security.getUserPrincipal() == null) {
                request.abortWith(Problem.response(ErrorCode.UNAUTHORIZED, "Authentication required", path));
            } else if (roles.stream().noneMatch(security::isUserInRole)) {
                request.abortWith(Problem.response(ErrorCode.FORBIDDEN,
                        "This call needs one of the roles " + Arrays.toString(roles.toArray()), path));
            }
        }
    }
}
