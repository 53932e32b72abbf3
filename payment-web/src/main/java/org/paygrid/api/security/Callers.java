package org.paygrid.api.security;

import jakarta.ws.rs.core.SecurityContext;
import org.paygrid.merchant.boundary.MerchantCredential;

/** The authenticated caller of a merchant resource method, as the domain wants it. */
public final class Callers {

    private Callers() {
    }

    public static MerchantCredential merchant(SecurityContext security) {
        if (security.getUserPrincipal() instanceof MerchantPrincipal merchant) {
            return merchant.credential();
        }
        throw new IllegalStateException("not a merchant call: AuthenticationFilter must have run");
    }
}
