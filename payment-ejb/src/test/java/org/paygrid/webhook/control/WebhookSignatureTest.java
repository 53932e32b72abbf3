package org.paygrid.webhook.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signsTheStandardWebhooksTestVector() {
        // https://github.com/standard-webhooks/standard-webhooks: the reference libraries' own test case
        assertThat(WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aDifferentTimestampOrBodyGivesADifferentSignature() {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String signed = WebhookSignature.sign(secret, "evt_1", 1614265330L, "{}");
        assertThat(WebhookSignature.sign(secret, "evt_1", 1614265331L, "{}")).isNotEqualTo(signed);
        assertThat(WebhookSignature.sign(secret, "evt_1", 1614265330L, "{ }")).isNotEqualTo(signed);
        assertThat(WebhookSignature.sign(secret, "evt_2", 1614265330L, "{}")).isNotEqualTo(signed);
    }

    @Test
    void signsNonAsciiBodiesAsUtf8() {
        String secret = WebhookSecret.generate();
        assertThat(WebhookSignature.sign(secret, "evt_1", 1L, "{\"orderName\":\"한빛 도서\"}"))
                .startsWith("v1,").hasSize(3 + 44);
    }

    @Test
    void refusesASecretWithoutItsPrefix() {
        assertThatThrownBy(() -> WebhookSignature.sign("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "evt_1", 1L, "{}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
