package org.paygrid.keys.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a key protects. Each purpose has keys of its own, so that a leaked webhook key does not open cards; the name
 * is the one used in configuration ({@code paygrid.keys.card}) and in the staff API.
 */
public enum KeyPurpose {
    CARD("card"),
    WEBHOOK_SECRET("webhook-secret"),
    MERCHANT_DOCUMENT("merchant-document");

    private final String configName;

    KeyPurpose(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    /** The configuration property that lists this purpose's keys. */
    public String property() {
        return "paygrid.keys." + configName;
    }

    public static Optional<KeyPurpose> ofProperty(String property) {
        return Arrays.stream(values()).filter(p -> p.property().equals(property)).findFirst();
    }

    public static Optional<KeyPurpose> ofConfigName(String name) {
        return Arrays.stream(values()).filter(p -> p.configName.equals(name)).findFirst();
    }
}
