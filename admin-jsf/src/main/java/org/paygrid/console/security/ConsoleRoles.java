package org.paygrid.console.security;

/** The Keycloak realm roles the console knows. */
public final class ConsoleRoles {

    public static final String ADMIN = "admin";
    public static final String FINANCE = "finance";
    public static final String SUPPORT = "support";
    public static final String RISK = "risk";

    private ConsoleRoles() {
    }
}
