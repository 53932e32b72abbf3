package org.paygrid.payment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.paygrid.shared.Mode;

class PaymentTest {

    private static final Instant NOW = Instant.parse("2026-11-22T05:00:00Z");

    private static Payment approved(long amount, long taxFree) {
        Payment payment = new Payment("pay_1", "mer_1", Mode.TEST, "order-1", "Books", PaymentMethod.CARD, amount,
                taxFree, null, NOW);
        payment.startAuthorization("auth_1", "433012******1234", 0, NOW);
        payment.approve(new CardApproval("433012******1234", "41", "41", "CREDIT", 0, false, "12345678"), NOW);
        return payment;
    }

    @Test
    void partialCancelsLowerTheBalanceUntilTheLastOneCancelsThePayment() {
        Payment payment = approved(15_000, 0);
        PaymentCancel first = payment.cancel("txn_1", 5_000, 0, "one book", NOW);
        assertThat(payment.status()).isEqualTo(PaymentStatus.PARTIAL_CANCELED);
        assertThat(payment.balanceAmount()).isEqualTo(10_000);
        assertThat(first.refundableAmount()).isEqualTo(10_000);
        assertThat(payment.vat()).isEqualTo(909);
        assertThat(payment.suppliedAmount()).isEqualTo(9_091);
        payment.cancel("txn_2", 10_000, 0, "the rest", NOW);
        assertThat(payment.status()).isEqualTo(PaymentStatus.CANCELED);
        assertThat(payment.balanceAmount()).isZero();
    }

    @Test
    void refusesToCancelMoreThanTheBalanceOrAnUnapprovedPayment() {
        Payment payment = approved(1_000, 0);
        assertThatThrownBy(() -> payment.cancel("txn_1", 1_001, 0, "too much", NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(payment.balanceAmount()).isEqualTo(1_000);
        Payment ready = new Payment("pay_2", "mer_1", Mode.TEST, "order-2", "Books", PaymentMethod.CARD, 1_000, 0, null, NOW);
        assertThatThrownBy(() -> ready.cancel("txn_2", 1, 0, "not approved", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theTaxFreePartNeverExceedsTheBalance() {
        Payment payment = approved(10_000, 8_000);
        payment.cancel("txn_1", 5_000, 0, "half", NOW);
        assertThat(payment.taxFreeAmount()).isEqualTo(5_000);
        assertThat(payment.vat()).isZero();
    }

    @Test
    void anAbortedPaymentCannotBeApprovedAfterwards() {
        Payment payment = new Payment("pay_3", "mer_1", Mode.TEST, "order-3", "Books", PaymentMethod.CARD, 1_000, 0, null, NOW);
        payment.startAuthorization("auth_3", "400000******0002", 0, NOW);
        payment.abort("REJECT_CARD_COMPANY", "declined", NOW);
        assertThatThrownBy(() -> payment.approve(new CardApproval("x", "41", "41", "CREDIT", 0, false, "1"), NOW))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(payment.status()).isEqualTo(PaymentStatus.ABORTED);
    }
}
