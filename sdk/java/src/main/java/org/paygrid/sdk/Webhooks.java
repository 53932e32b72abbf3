package org.paygrid.sdk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a webhook request the Standard Webhooks way (contract section 7) before anything in it is believed:
 * HMAC-SHA256 over {@code webhook-id.webhook-timestamp.body} under the endpoint's {@code whsec_} secret, compared
 * in constant time against each {@code v1,} signature of the header (during a secret roll it may carry several),
 * and a timestamp no further than the tolerance from now (an old request replayed is refused).
 */
public final class Webhooks {

    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private final String secret;
    private final Duration tolerance;
    private final Clock clock;

    public Webhooks(String secret) {
        this(secret, DEFAULT_TOLERANCE, Clock.systemUTC());
    }

    public Webhooks(String secret, Duration tolerance, Clock clock) {
        if (secret == null || !secret.startsWith("whsec_")) {
            throw new IllegalArgumentException("A webhook signing secret (whsec_...) is needed");
        }
        this.secret = secret;
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /**
     * The event, if the request is Paygrid's; else {@link WebhookSignatureException}. {@code body} exactly as
     * received (the bytes, not re-serialized JSON); header names in any case.
     */
    public WebhookEvent verify(byte[] body, Map<String, String> headers) {
        Map<String, String> named = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        named.putAll(headers);
        String id = required(named, "webhook-id");
        String timestamp = required(named, "webhook-timestamp");
        String signatures = required(named, "webhook-signature");
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw new WebhookSignatureException("webhook-timestamp is not a number of seconds");
        }
        Duration skew = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
        if (skew.compareTo(tolerance) > 0) {
            throw new WebhookSignatureException("webhook-timestamp is " + skew.toSeconds() + " s away from now");
        }
        byte[] expected = sign(id + "." + timestamp + ".", body);
        boolean valid = false;
        for (String signature : signatures.trim().split("\\s+")) {
            if (signature.startsWith("v1,")) {
                byte[] given;
                try {
                    given = Base64.getDecoder().decode(signature.substring(3));
                } catch (IllegalArgumentException notBase64) {
                    continue;
                }
                valid |= MessageDigest.isEqual(given, expected);   // constant time; every signature is looked at
            }
        }
        if (!valid) {
            throw new WebhookSignatureException("No signature matches this endpoint's secret");
        }
        try {
            WebhookEvent event = Transport.JSON.readValue(body, WebhookEvent.class);
            if (!id.equals(event.id())) {
                throw new WebhookSignatureException("webhook-id does not name the event in the body");
            }
            return event;
        } catch (IOException e) {
            throw new WebhookSignatureException("The body is not an event: " + e.getMessage());
        }
    }

    /** The same check for a body received as text (UTF-8). */
    public WebhookEvent verify(String body, Map<String, String> headers) {
        return verify(body.getBytes(StandardCharsets.UTF_8), headers);
    }

    private byte[] sign(String prefix, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                    "HmacSHA256"));
            mac.update(prefix.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String required(Map<String, String> headers, String name) {
        String value = headers.get(name);
        if (value == null || value.isBlank()) {
            throw new WebhookSignatureException("The " + name.toLowerCase(Locale.ROOT) + " header is missing");
        }
        return value;
    }
}
