package org.paygrid.webhook.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paygrid.shared.Mode;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;
import org.paygrid.webhook.control.WebhookDestinationsTest;

class WebhooksTest {

    private static final org.paygrid.webhook.control.WebhookDestinations PRODUCTION = WebhookDestinationsTest.production();
    private static final org.paygrid.webhook.control.WebhookDestinations DEVELOPMENT = WebhookDestinationsTest.development(List.of(8080, 9080, 8048));

    @Test
    void acceptsAbsoluteHttpAndHttpsUrls() {
        assertThat(Webhooks.requireWebhookUrl("https://shop.example/hooks?x=1", Mode.LIVE, PRODUCTION))
                .isEqualTo("https://shop.example/hooks?x=1");
        assertThat(Webhooks.requireWebhookUrl("https://203.0.113.7:8443/x", Mode.LIVE, PRODUCTION)).isNotNull();
        assertThat(Webhooks.requireWebhookUrl("http://203.0.113.7/x", Mode.TEST, PRODUCTION)).isNotNull();
    }

    @Test
    void refusesRelativeOtherSchemeCredentialsAndFragments() {
        for (String url : new String[] {"/hooks", "ftp://shop.example/x", "https://user:pw@shop.example/x",
                "https://shop.example/x#frag", "https://shop example/x", "", null}) {
            assertThatThrownBy(() -> Webhooks.requireWebhookUrl(url, Mode.TEST, PRODUCTION)).as(url)
                    .isInstanceOf(PaygridException.class).hasMessageStartingWith("url:");
        }
    }

    @Test
    void liveWebhooksNeedHttps() {
        assertThatThrownBy(() -> Webhooks.requireWebhookUrl("http://shop.example/x", Mode.LIVE, PRODUCTION))
                .isInstanceOf(PaygridException.class).hasMessageStartingWith("url: live webhooks must use https");
    }

    @Test
    void refusesThePlatformAndPrivateNetworksInBothModes() {
        for (Mode mode : Mode.values()) {
            for (String url : new String[] {"https://localhost/x", "https://127.0.0.1:8048/x", "https://127.0.0.1/x",
                    "https://10.1.2.3/x", "https://192.168.0.10/x", "https://172.16.5.4/x", "https://169.254.169.254/x",
                    "https://[::1]/x", "https://[fd00::1]/x", "https://[fe80::1]/x", "https://0.0.0.0/x",
                    "https://api.localhost/x", "https://224.0.0.1/x", "https://[::ffff:127.0.0.1]/x",
                    "https://2130706433/x"}) {
                assertThatThrownBy(() -> Webhooks.requireWebhookUrl(url, mode, PRODUCTION)).as(mode + " " + url)
                        .isInstanceOf(PaygridException.class)
                        .satisfies(e -> assertThat(((PaygridException) e).code()).isEqualTo(ErrorCode.INVALID_WEBHOOK_URL));
            }
        }
    }

    @Test
    void developmentAcceptsLoopbackReceiversOnlyOffThePlatformsPorts() {
        assertThat(Webhooks.requireWebhookUrl("http://127.0.0.1:9391/hooks", Mode.TEST, DEVELOPMENT)).isNotNull();
        assertThat(Webhooks.requireWebhookUrl("http://localhost:9391/hooks", Mode.TEST, DEVELOPMENT)).isNotNull();
        for (String url : new String[] {"http://127.0.0.1:8048/x", "http://localhost:9080/x", "http://[::1]:8080/x",
                "http://10.0.0.8:9391/x", "http://169.254.169.254:9391/x"}) {
            assertThatThrownBy(() -> Webhooks.requireWebhookUrl(url, Mode.TEST, DEVELOPMENT)).as(url)
                    .isInstanceOf(PaygridException.class);
        }
    }
}
