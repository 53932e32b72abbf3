package org.paygrid.webhook.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.paygrid.shared.Mode;
import org.paygrid.shared.error.PaygridException;

class WebhooksTest {

    @Test
    void acceptsAbsoluteHttpAndHttpsUrls() {
        assertThat(Webhooks.requireWebhookUrl("https://shop.example/hooks?x=1", Mode.LIVE)).isEqualTo("https://shop.example/hooks?x=1");
        assertThat(Webhooks.requireWebhookUrl(" http://127.0.0.1:9391/hooks ", Mode.TEST)).isEqualTo("http://127.0.0.1:9391/hooks");
    }

    @Test
    void refusesRelativeOtherSchemeCredentialsAndFragments() {
        for (String url : new String[] {"/hooks", "ftp://shop.example/x", "https://user:pw@shop.example/x",
                "https://shop.example/x#frag", "https://shop example/x", "", null}) {
            assertThatThrownBy(() -> Webhooks.requireWebhookUrl(url, Mode.TEST)).as(url).isInstanceOf(PaygridException.class)
                    .hasMessageStartingWith("url:");
        }
    }

    @Test
    void liveWebhooksNeedHttpsAndAPublicHost() {
        for (String url : new String[] {"http://shop.example/x", "https://localhost/x", "https://127.0.0.1/x",
                "https://10.1.2.3/x", "https://192.168.0.10/x", "https://172.16.5.4/x", "https://169.254.169.254/x",
                "https://[::1]/x", "https://[fd00::1]/x", "https://0.0.0.0/x", "https://api.localhost/x"}) {
            assertThatThrownBy(() -> Webhooks.requireWebhookUrl(url, Mode.LIVE)).as(url)
                    .isInstanceOf(PaygridException.class).hasMessageStartingWith("url: live webhooks");
        }
        assertThat(Webhooks.requireWebhookUrl("https://203.0.113.7:8443/x", Mode.LIVE)).isNotNull();
        assertThat(Webhooks.requireWebhookUrl("https://hooks.shop.example/x", Mode.LIVE)).isNotNull();
    }
}
