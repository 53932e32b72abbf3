package org.paygrid.keys.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a key protects. Each purpose has keys of its own, so that a leaked webhook key does not open cards; the name
 * is the one used in configuration ({@code paygrid.keys.card}) and in the staff API.
 */
public enum KeyPurpose {
    CARD("card", 200),
    WEBHOOK_SECRET("webhook-secret", 200),
    /** Documents are up to 5 MiB each: a few per transaction keeps a re-seal's memory and undo log small. */
    MERCHANT_DOCUMENT("merchant-document", 4),
    /**
     * Fraud detection's card fingerprints (a keyed hash of the number, fds). Nothing is sealed with it, so there is
     * nothing to re-seal; a new active key gives every card a new fingerprint, which restarts the velocity windows.
     */
    CARD_FINGERPRINT("card-fingerprint", 1);

    private final String configName;
    private final int resealBatch;

    KeyPurpose(String configName, int resealBatch) {
        this.configName = configName;
        this.resealBatch = resealBatch;
    }

    /** How many values one re-seal transaction moves to the active key. */
    public int resealBatch() {
        return resealBatch;
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
