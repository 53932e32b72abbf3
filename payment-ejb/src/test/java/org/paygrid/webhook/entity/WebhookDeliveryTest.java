package org.paygrid.webhook.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.paygrid.event.entity.EventType;
import org.paygrid.shared.Mode;

class WebhookDeliveryTest {

    private static final Instant T0 = Instant.parse("2026-11-22T05:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final RetrySchedule SCHEDULE = RetrySchedule.parse("PT0S,PT1M,PT5M");

    private static WebhookDelivery due() {
        return new WebhookDelivery(1, "evt_1", EventType.PAYMENT_STATUS_CHANGED, "whk_1", "mer_1", Mode.TEST,
                "pay_1", T0, null, T0);
    }

    @Test
    void aDeliveryIsNotClaimableBeforeItIsDue() {
        assertThat(due().claimableAt(T0.minusMillis(1))).isFalse();
        assertThat(due().claimableAt(T0)).isTrue();
    }

    @Test
    void aLeasedDeliveryBelongsToItsOwnerUntilTheLeaseEnds() {
        WebhookDelivery delivery = due();
        delivery.claim("node-a", T0, LEASE);
        assertThat(delivery.leasedBy("node-a")).isTrue();
        assertThat(delivery.leasedBy("node-b")).isFalse();
        assertThat(delivery.claimableAt(T0.plusSeconds(30))).isFalse();
        assertThat(delivery.claimableAt(T0.plus(LEASE))).isFalse();
        assertThatThrownBy(() -> delivery.claim("node-b", T0.plusSeconds(30), LEASE))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLeaseThatRanOutIsTakenOverAndTheOldOwnerNoLongerDecides() {
        WebhookDelivery delivery = due();
        delivery.claim("node-a", T0, LEASE);   // node-a dies with the delivery claimed
        Instant later = T0.plus(LEASE).plusMillis(1);
        assertThat(delivery.claimableAt(later)).isTrue();
        delivery.claim("node-b", later, LEASE);
        assertThat(delivery.leasedBy("node-a")).isFalse();
        assertThat(delivery.leasedBy("node-b")).isTrue();
    }

    @Test
    void a2xxDeliversAndEndsTheLease() {
        WebhookDelivery delivery = due();
        delivery.claim("node-a", T0, LEASE);
        delivery.attempted(AttemptResult.answered(204, 12, ""), SCHEDULE, T0.plusSeconds(1));
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.deliveredAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(delivery.leaseOwner()).isNull();
        assertThat(delivery.claimableAt(T0.plusSeconds(3600))).isFalse();
        assertThat(delivery.leasedBy("node-a")).isFalse();
    }

    @Test
    void failuresFollowTheScheduleAndTheLastOneFailsTheDelivery() {
        WebhookDelivery delivery = due();
        Instant now = T0;
        delivery.claim("node-a", now, LEASE);
        delivery.attempted(AttemptResult.answered(500, 30, "boom"), SCHEDULE, now);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.nextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(1)));
        assertThat(delivery.claimableAt(now.plusSeconds(59))).isFalse();

        now = delivery.nextAttemptAt();
        delivery.claim("node-b", now, LEASE);
        delivery.attempted(AttemptResult.noAnswer("no answer within 10 s", 10_000), SCHEDULE, now);
        assertThat(delivery.nextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(5)));

        now = delivery.nextAttemptAt();
        delivery.claim("node-a", now, LEASE);
        delivery.attempted(AttemptResult.answered(302, 5, ""), SCHEDULE, now);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.attempts()).isEqualTo(3);
        assertThat(delivery.nextAttemptAt()).isNull();
    }

    @Test
    void a410GoneFailsAtOnce() {
        WebhookDelivery delivery = due();
        delivery.claim("node-a", T0, LEASE);
        delivery.attempted(AttemptResult.answered(410, 5, "gone"), SCHEDULE, T0);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
    }

    @Test
    void dueNowBringsARetryForwardButNotADeliveredOne() {
        WebhookDelivery delivery = due();
        delivery.claim("node-a", T0, LEASE);
        delivery.attempted(AttemptResult.answered(503, 5, ""), SCHEDULE, T0);
        delivery.dueNow(T0.plusSeconds(2));
        assertThat(delivery.claimableAt(T0.plusSeconds(2))).isTrue();

        WebhookDelivery delivered = due();
        delivered.claim("node-a", T0, LEASE);
        delivered.attempted(AttemptResult.answered(200, 5, ""), SCHEDULE, T0);
        delivered.dueNow(T0.plusSeconds(2));
        assertThat(delivered.claimableAt(T0.plusSeconds(2))).isFalse();
    }

    @Test
    void aResendIsANewDeliveryOfTheSameEventDueNow() {
        WebhookDelivery delivery = due();
        delivery.claim("node-a", T0, LEASE);
        delivery.attempted(AttemptResult.answered(200, 5, ""), SCHEDULE, T0);
        WebhookDelivery again = delivery.resend(T0.plusSeconds(10));
        assertThat(again.eventId()).isEqualTo("evt_1");
        assertThat(again.orderingKey()).isEqualTo("pay_1");
        assertThat(again.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(again.attempts()).isZero();
        assertThat(again.claimableAt(T0.plusSeconds(10))).isTrue();
    }

    @Test
    void onlyA2xxCounts() {
        assertThat(AttemptResult.answered(200, 1, null).delivered()).isTrue();
        assertThat(AttemptResult.answered(299, 1, null).delivered()).isTrue();
        assertThat(AttemptResult.answered(199, 1, null).delivered()).isFalse();
        assertThat(AttemptResult.answered(300, 1, null).delivered()).isFalse();
        assertThat(AttemptResult.noAnswer("refused", 1).delivered()).isFalse();
        assertThat(AttemptResult.answered(200, 1, "x".repeat(5000)).responseExcerpt()).hasSize(1000);
    }
}
