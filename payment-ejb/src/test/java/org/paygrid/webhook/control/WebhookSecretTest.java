package org.paygrid.webhook.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSecretTest {

    @Test
    void secretsAreWhsecAndTheBase64Of24RandomBytes() {
        String secret = WebhookSecret.generate();
        assertThat(secret).matches("whsec_[A-Za-z0-9+/]{32}");
        assertThat(WebhookSecret.keyOf(secret)).hasSize(24);
        assertThat(WebhookSecret.generate()).isNotEqualTo(secret);
    }

    @Test
    void theHintShowsTooLittleToSign() {
        assertThat(WebhookSecret.hint("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).isEqualTo("whsec_MfKQ…");
    }
}
