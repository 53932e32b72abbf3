package org.paygrid.webhook.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paygrid.event.entity.EventType;
import org.paygrid.shared.Mode;

class WebhookEndpointTest {

    private static final Instant NOW = Instant.parse("2026-11-22T05:00:00Z");

    @Test
    void noTypesMeansEveryTypeIncludingFutureOnes() {
        WebhookEndpoint all = new WebhookEndpoint("whk_1", "mer_1", Mode.TEST, "https://x.example", Set.of(), NOW);
        for (EventType type : EventType.values()) {
            assertThat(all.subscription().subscribesTo(type)).isEqualTo(type.fansOut());
        }
        assertThat(all.eventTypes()).isEmpty();
    }

    @Test
    void aTestEventGoesOnlyWhereItIsSentNeverToSubscribers() {
        WebhookEndpoint all = new WebhookEndpoint("whk_1", "mer_1", Mode.TEST, "https://x.example", Set.of(), NOW);
        WebhookEndpoint chose = new WebhookEndpoint("whk_2", "mer_1", Mode.TEST, "https://x.example",
                EnumSet.of(EventType.WEBHOOK_TEST), NOW);
        assertThat(all.subscription().subscribesTo(EventType.WEBHOOK_TEST)).isFalse();
        assertThat(chose.subscription().subscribesTo(EventType.WEBHOOK_TEST)).isFalse();
    }

    @Test
    void subscribesOnlyToTheChosenTypes() {
        WebhookEndpoint some = new WebhookEndpoint("whk_1", "mer_1", Mode.TEST, "https://x.example",
                EnumSet.of(EventType.DEPOSIT_CALLBACK, EventType.PAYMENT_STATUS_CHANGED), NOW);
        assertThat(some.subscription().subscribesTo(EventType.PAYMENT_STATUS_CHANGED)).isTrue();
        assertThat(some.subscription().subscribesTo(EventType.DEPOSIT_CALLBACK)).isTrue();
        assertThat(some.subscription().subscribesTo(EventType.PAYOUT_STATUS_CHANGED)).isFalse();
        assertThat(some.eventTypes()).containsExactlyInAnyOrder(EventType.DEPOSIT_CALLBACK,
                EventType.PAYMENT_STATUS_CHANGED);
    }

    @Test
    void belongsToOneMerchantInOneMode() {
        WebhookEndpoint endpoint = new WebhookEndpoint("whk_1", "mer_1", Mode.TEST, "https://x.example", Set.of(), NOW);
        assertThat(endpoint.belongsTo("mer_1", Mode.TEST)).isTrue();
        assertThat(endpoint.belongsTo("mer_1", Mode.LIVE)).isFalse();
        assertThat(endpoint.belongsTo("mer_2", Mode.TEST)).isFalse();
    }

    @Test
    void goneDisablesAnActiveEndpointButDoesNotReviveADeletedOne() {
        WebhookEndpoint endpoint = new WebhookEndpoint("whk_1", "mer_1", Mode.TEST, "https://x.example", Set.of(), NOW);
        endpoint.disable("the endpoint answered 410 Gone", NOW);
        assertThat(endpoint.status()).isEqualTo(EndpointStatus.DISABLED);
        WebhookEndpoint deleted = new WebhookEndpoint("whk_2", "mer_1", Mode.TEST, "https://x.example", Set.of(), NOW);
        deleted.delete(NOW);
        deleted.disable("the endpoint answered 410 Gone", NOW);
        assertThat(deleted.status()).isEqualTo(EndpointStatus.DELETED);
    }
}
