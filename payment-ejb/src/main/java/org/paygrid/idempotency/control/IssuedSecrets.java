package org.paygrid.idempotency.control;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Secrets that an answer hands out once (a secret API key when a merchant is created, approved or its key rolled; a
 * webhook signing secret when an endpoint is created or its secret rolled) are never kept in the stored replay: they
 * are masked as the objects' own reads mask them ({@code sk_test_…WXYZ}, {@code whsec_AbCd…}). A replay of such a
 * call therefore answers the same object with the secret masked; the secret itself was shown once, as the contract
 * promises, and is not handed out again from storage.
 */
public final class IssuedSecrets {

    /** Contract section 1: {@code sk_test_} / {@code sk_live_} and 24+ of [A-Za-z0-9]. */
    private static final Pattern SECRET_KEY = Pattern.compile("\\b(sk_(?:test|live)_)[A-Za-z0-9]{20,}([A-Za-z0-9]{4})\\b");
    /** Standard Webhooks: {@code whsec_} and base64. */
    private static final Pattern WEBHOOK_SECRET = Pattern.compile("(whsec_[A-Za-z0-9+/]{4})[A-Za-z0-9+/]+=*");

    private IssuedSecrets() {
    }

    public static byte[] masked(byte[] body) {
        if (body == null || body.length == 0) {
            return body;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String masked = WEBHOOK_SECRET.matcher(SECRET_KEY.matcher(text).replaceAll("$1…$2")).replaceAll("$1…");
        return masked.equals(text) ? body : masked.getBytes(StandardCharsets.UTF_8);
    }
}
