package org.paygrid.api.security;

import java.security.Principal;
import java.util.Set;

/** A staff member or automation client authenticated by a Keycloak token, with its realm roles. */
public record StaffPrincipal(String name, Set<String> roles) implements Principal {

    @Override
    public String getName() {
        return name;
    }
}
