package org.paygrid.webhook.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.paygrid.shared.error.PaygridException;

class WebhooksTest {

    @Test
    void acceptsAbsoluteHttpAndHttpsUrls() {
        assertThat(Webhooks.requireWebhookUrl("https://shop.example/hooks?x=1")).isEqualTo("https://shop.example/hooks?x=1");
        assertThat(Webhooks.requireWebhookUrl(" http://127.0.0.1:9391/hooks ")).isEqualTo("http://127.0.0.1:9391/hooks");
    }

    @Test
    void refusesRelativeOtherSchemeCredentialsAndFragments() {
        for (String url : new String[] {"/hooks", "ftp://shop.example/x", "https://user:pw@shop.example/x",
                "https://shop.example/x#frag", "https://shop example/x", "", null}) {
            assertThatThrownBy(() -> Webhooks.requireWebhookUrl(url)).as(url).isInstanceOf(PaygridException.class)
                    .hasMessageStartingWith("url:");
        }
    }
}
