package org.paygrid.webhook.control;

import java.security.SecureRandom;
import java.util.Base64;

/** Signing secrets: {@code whsec_} and the base64 of 24 random bytes (192 bits), as Standard Webhooks writes them. */
public final class WebhookSecret {

    public static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecret() {
    }

    public static String generate() {
        byte[] key = new byte[24];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The HMAC key: the base64-decoded part after the prefix. */
    public static byte[] keyOf(String secret) {
        if (!secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with " + PREFIX);
        }
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }

    /** What lists show: enough to tell two secrets apart, not enough to sign. */
    public static String hint(String secret) {
        return secret.substring(0, PREFIX.length() + 4) + "…";
    }
}
