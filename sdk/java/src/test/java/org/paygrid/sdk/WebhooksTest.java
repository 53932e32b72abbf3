package org.paygrid.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhooksTest {

    private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(
            "a-32-byte-secret-for-the-tests!!".getBytes(StandardCharsets.UTF_8));
    private static final String OTHER = "whsec_" + Base64.getEncoder().encodeToString(
            "another-secret-of-32-bytes-long!".getBytes(StandardCharsets.UTF_8));
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final String BODY = """
            {"id":"evt_1","type":"PAYMENT_STATUS_CHANGED","createdAt":"2026-12-06T19:00:00+09:00","mode":"test",\
            "data":{"paymentKey":"pay_1","orderId":"o-1","status":"PARTIAL_CANCELED","totalAmount":15000,\
            "balanceAmount":10000,"cancels":[{"transactionKey":"tx_2","cancelAmount":5000}]}}""";

    private final Webhooks webhooks = new Webhooks(SECRET, Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aSignedEventIsReadWithItsPayment() {
        WebhookEvent event = webhooks.verify(BODY, headers("evt_1", NOW, "v1," + sign(SECRET, "evt_1", NOW, BODY)));
        assertThat(event.type()).isEqualTo("PAYMENT_STATUS_CHANGED");
        assertThat(event.payment().balanceAmount()).isEqualTo(10_000);
        assertThat(event.payment().cancels()).singleElement().extracting(Payment.Cancel::cancelAmount)
                .isEqualTo(5_000L);
    }

    @Test
    void anotherSecretsSignatureOrAChangedBodyIsRefused() {
        assertThatThrownBy(() -> webhooks.verify(BODY, headers("evt_1", NOW, "v1," + sign(OTHER, "evt_1", NOW, BODY))))
                .isInstanceOf(WebhookSignatureException.class);
        String signature = "v1," + sign(SECRET, "evt_1", NOW, BODY);
        assertThatThrownBy(() -> webhooks.verify(BODY.replace("10000", "15000"), headers("evt_1", NOW, signature)))
                .isInstanceOf(WebhookSignatureException.class);
    }

    @Test
    void duringASecretRollAnyListedSignatureMayMatch() {
        String both = "v1," + sign(OTHER, "evt_1", NOW, BODY) + " v1," + sign(SECRET, "evt_1", NOW, BODY);
        assertThat(webhooks.verify(BODY, headers("evt_1", NOW, both)).id()).isEqualTo("evt_1");
    }

    @Test
    void anOldRequestReplayedIsRefused() {
        Instant sixMinutesAgo = NOW.minus(Duration.ofMinutes(6));
        String signature = "v1," + sign(SECRET, "evt_1", sixMinutesAgo, BODY);
        assertThatThrownBy(() -> webhooks.verify(BODY, headers("evt_1", sixMinutesAgo, signature)))
                .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("away from now");
    }

    @Test
    void missingHeadersAndAForeignIdAreRefused() {
        assertThatThrownBy(() -> webhooks.verify(BODY, Map.of("webhook-id", "evt_1")))
                .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("webhook-timestamp");
        String signature = "v1," + sign(SECRET, "evt_2", NOW, BODY);
        assertThatThrownBy(() -> webhooks.verify(BODY, headers("evt_2", NOW, signature)))
                .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("webhook-id");
    }

    private static Map<String, String> headers(String id, Instant at, String signature) {
        return Map.of("Webhook-Id", id, "webhook-timestamp", String.valueOf(at.getEpochSecond()),
                "webhook-signature", signature);
    }

    private static String sign(String secret, String id, Instant at, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(6)), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(
                    (id + "." + at.getEpochSecond() + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
