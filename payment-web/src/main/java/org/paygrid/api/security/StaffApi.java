package org.paygrid.api.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource class as staff's: {@link AuthenticationFilter} authenticates its callers with a Keycloak access
 * token (never a merchant key), chosen by the resource the request matched, not by how its path was spelled; every
 * method must name its roles with {@link StaffRoles}, or {@link StaffRolesFeature} refuses it to everyone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface StaffApi {
}
