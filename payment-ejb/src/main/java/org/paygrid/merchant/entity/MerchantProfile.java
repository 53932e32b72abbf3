package org.paygrid.merchant.entity;

import static org.paygrid.shared.error.RequestChecks.optionalMatching;
import static org.paygrid.shared.error.RequestChecks.requiredCode;
import static org.paygrid.shared.error.RequestChecks.requiredEmail;
import static org.paygrid.shared.error.RequestChecks.requiredShownName;
import static org.paygrid.shared.error.RequestChecks.requiredText;

import java.util.Objects;
import java.util.regex.Pattern;

/** What a merchant tells us about itself when it applies; refuses to exist with a missing or malformed field. */
public record MerchantProfile(String name, BusinessNumber businessNumber, String representative, String email,
                              String phone, String websiteUrl) {

    private static final Pattern PHONE = Pattern.compile("[0-9+() -]{7,20}");
    private static final Pattern WEB_URL = Pattern.compile("https?://\\S+");

    public MerchantProfile {
        name = requiredShownName(name, "name", 100);
        Objects.requireNonNull(businessNumber, "businessNumber");
        representative = requiredText(representative, "representative", 50);
        email = requiredEmail(email, "email");
        phone = optionalMatching(phone, "phone", 20, PHONE, "a phone number");
        websiteUrl = optionalMatching(websiteUrl, "websiteUrl", 500, WEB_URL, "an http(s) URL");
    }

    /** Parses the business number too, so that a missing one is reported like any missing field. */
    public static MerchantProfile of(String name, String businessNumber, String representative, String email,
                                     String phone, String websiteUrl) {
        requiredCode(businessNumber, "businessNumber", 12);
        return new MerchantProfile(name, BusinessNumber.parse(businessNumber.trim()), representative, email, phone,
                websiteUrl);
    }
}
