package org.paygrid.api.security;

import java.security.Principal;
import java.util.Set;

/**
 * A staff member or automation client authenticated by a Keycloak token, with its realm roles. A service account
 * (an automation client) is no person: it may not be the second pair of eyes on anything.
 */
public record StaffPrincipal(String name, Set<String> roles, boolean serviceAccount) implements Principal {

    @Override
    public String getName() {
        return name;
    }
}
