package org.paygrid.api.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Keycloak realm roles allowed to call a staff resource method (or every method of its class).
 * Our own annotation rather than {@code @RolesAllowed}: Payara enforces that one on CDI beans against the
 * container's caller, which knows nothing of the bearer token {@link AuthenticationFilter} verified.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface StaffRoles {
    String[] value();
}
