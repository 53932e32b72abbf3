package org.paygrid.merchant.entity;

import java.util.Objects;

/** What a merchant tells us about itself when it applies. */
public record MerchantProfile(String name, BusinessNumber businessNumber, String representative, String email,
                              String phone, String websiteUrl) {

    public MerchantProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(businessNumber, "businessNumber");
        Objects.requireNonNull(representative, "representative");
        Objects.requireNonNull(email, "email");
    }
}
