package org.paygrid.api.security;

import java.security.Principal;
import org.paygrid.merchant.boundary.MerchantCredential;

/** A merchant authenticated by one of its API keys. */
public record MerchantPrincipal(MerchantCredential credential) implements Principal {

    @Override
    public String getName() {
        return credential.merchantId();
    }
}
