package org.paygrid.payment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.paygrid.fds.entity.FdsDecision;
import org.paygrid.shared.Mode;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

class PaymentTest {

    private static final Instant NOW = Instant.parse("2026-11-22T05:00:00Z");

    private static Payment approved(long amount, long taxFree) {
        Payment payment = new Payment("pay_1", "mer_1", Mode.TEST, "order-1", "Books", PaymentMethod.CARD, amount,
                taxFree, null, NOW);
        payment.startAuthorization("auth_1", "433012******1234", 0, NOW);
        payment.authorize("txn_a", NOW);
        payment.approve(new CardApproval("433012******1234", "41", "41", "CREDIT", 0, false, "12345678"), NOW);
        return payment;
    }

    @Test
    void partialCancelsLowerTheBalanceUntilTheLastOneCancelsThePayment() {
        Payment payment = approved(15_000, 0);
        PaymentTransaction first = payment.cancel("txn_1", 5_000, 0, "one book", NOW);
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
        payment.authorize("txn_3", NOW);
        payment.abort("REJECT_CARD_COMPANY", "declined", NOW);
        assertThatThrownBy(() -> payment.approve(new CardApproval("x", "41", "41", "CREDIT", 0, false, "1"), NOW))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(payment.status()).isEqualTo(PaymentStatus.ABORTED);
    }

    @Test
    void anUnansweredAuthorizationIsAnUnknownTransactionUntilTheInquirySettlesIt() {
        Payment payment = new Payment("pay_4", "mer_1", Mode.TEST, "order-4", "Books", PaymentMethod.CARD, 1_000, 0, null, NOW);
        payment.startAuthorization("auth_4", "433012******1234", 0, NOW);
        PaymentTransaction authorization = payment.authorize("txn_4", NOW);
        assertThat(authorization.status()).isEqualTo(TransactionStatus.PENDING);
        payment.answerUnknown(NOW);
        assertThat(payment.outcomeUnknown()).isTrue();
        assertThat(payment.status()).isEqualTo(PaymentStatus.IN_PROGRESS);
        payment.approve(new CardApproval("433012******1234", "41", "41", "CREDIT", 0, false, "1"), NOW.plusSeconds(30));
        assertThat(authorization.status()).isEqualTo(TransactionStatus.SUCCESS);
        assertThat(payment.outcomeUnknown()).isFalse();
        assertThat(payment.status()).isEqualTo(PaymentStatus.DONE);
        assertThat(payment.approvedAt()).isEqualTo(NOW.plusSeconds(30));
    }

    @Test
    void onlyOneAuthorizationEverGoesToTheNetwork() {
        Payment payment = new Payment("pay_5", "mer_1", Mode.TEST, "order-5", "Books", PaymentMethod.CARD, 1_000, 0, null, NOW);
        payment.startAuthorization("auth_5", "433012******1234", 0, NOW);
        assertThat(payment.authorizationStarted()).isFalse();
        payment.authorize("txn_5", NOW);
        assertThat(payment.authorizationStarted()).isTrue();
        assertThatThrownBy(() -> payment.authorize("txn_6", NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(payment.transactions()).hasSize(1);
    }

    @Test
    void theCancelRuleAnswersWithTheContractsCodes() {
        Payment payment = approved(10_000, 0);
        assertThat(payment.requireCancelable(null, 0)).isEqualTo(10_000);
        assertThatThrownBy(() -> payment.requireCancelable(10_001L, 0)).isInstanceOf(PaygridException.class)
                .extracting(e -> ((PaygridException) e).code()).isEqualTo(ErrorCode.NOT_CANCELABLE_AMOUNT);
        payment.cancel("txn_c", 10_000, 0, "all", NOW);
        assertThat(payment.cancelable()).isFalse();
        assertThatThrownBy(() -> payment.requireCancelable(null, 0)).isInstanceOf(PaygridException.class)
                .extracting(e -> ((PaygridException) e).code()).isEqualTo(ErrorCode.ALREADY_CANCELED_PAYMENT);
    }

    @Test
    void aVirtualAccountRefundIsCompletedOnceEveryRefundIsConfirmed() {
        Payment payment = new Payment("pay_6", "mer_1", Mode.TEST, "order-6", "Books", null, 9_000, 0, null, NOW);
        payment.awaitDeposit("va_6", new VirtualAccount("20", "1234567890", "Kim", NOW.plusSeconds(3600),
                VirtualAccount.RefundStatus.NONE), NOW);
        PaymentTransaction deposit = payment.deposited("txn_d", "dep_6", NOW);
        assertThat(deposit.status()).isEqualTo(TransactionStatus.SUCCESS);
        assertThat(payment.status()).isEqualTo(PaymentStatus.DONE);
        PaymentTransaction first = payment.cancel("txn_r1", 4_000, 0, "part", NOW);
        first.refundTo(new RefundReceiveAccount("20", "99999999", "Kim"));
        PaymentTransaction second = payment.cancel("txn_r2", 5_000, 0, "rest", NOW);
        second.refundTo(new RefundReceiveAccount("20", "99999999", "Kim"));
        assertThat(payment.cancelConfirmed("txn_r1", NOW)).isTrue();
        assertThat(payment.virtualAccount().refundStatus()).isEqualTo(VirtualAccount.RefundStatus.NONE);
        assertThat(payment.cancelConfirmed("txn_r2", NOW)).isTrue();
        assertThat(payment.cancelConfirmed("txn_r2", NOW)).isFalse();
        assertThat(payment.virtualAccount().refundStatus()).isEqualTo(VirtualAccount.RefundStatus.COMPLETED);
        assertThat(payment.balanceAmount()).isZero();
    }

    @Test
    void aBlockedPaymentIsAbortedBeforeItsAuthorizationExists() {
        Payment payment = new Payment("pay_4", "mer_1", Mode.TEST, "order-4", "Books", PaymentMethod.CARD, 1_000, 0,
                null, NOW);
        payment.startAuthorization("auth_4", "410000******0019", 0, NOW);
        payment.screened(FdsDecision.BLOCK, java.util.List.of("SANDBOX_BLOCK"), NOW);
        assertThat(payment.status()).isEqualTo(PaymentStatus.ABORTED);
        assertThat(payment.failureCode()).isEqualTo("FDS_ERROR");
        assertThat(payment.fdsRules()).containsExactly("SANDBOX_BLOCK");
        assertThat(payment.transactions()).isEmpty();
        assertThatThrownBy(() -> payment.authorize("txn_4", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReviewOpensOnApprovalAndAFullCancelClosesItAsRefunded() {
        Payment payment = new Payment("pay_5", "mer_1", Mode.TEST, "order-5", "Books", PaymentMethod.CARD, 9_000, 0,
                null, NOW);
        payment.startAuthorization("auth_5", "400000******4954", 0, NOW);
        payment.screened(FdsDecision.REVIEW, java.util.List.of("SANDBOX_REVIEW"), NOW);
        payment.authorize("txn_5", NOW);
        assertThat(payment.fdsReview()).isNull();   // nothing to review until the network approves
        payment.approve(new CardApproval("400000******4954", "41", "41", "CREDIT", 0, false, "12345678"), NOW);
        assertThat(payment.fdsReview()).isEqualTo(ReviewStatus.OPEN);
        payment.cancel("txn_6", 4_000, 0, "part", NOW);
        assertThat(payment.fdsReview()).isEqualTo(ReviewStatus.OPEN);
        payment.cancel("txn_7", 5_000, 0, "the rest", NOW);
        assertThat(payment.fdsReview()).isEqualTo(ReviewStatus.REFUNDED);
        assertThatThrownBy(() -> payment.clearReview(NOW)).isInstanceOf(PaygridException.class)
                .extracting(e -> ((PaygridException) e).code()).isEqualTo(ErrorCode.NOT_UNDER_REVIEW);
    }

    @Test
    void aClearedReviewCannotBeDecidedAgain() {
        Payment payment = new Payment("pay_8", "mer_1", Mode.TEST, "order-8", "TV", PaymentMethod.CARD, 6_000_000, 0,
                null, NOW);
        payment.startAuthorization("auth_8", "433012******9018", 0, NOW);
        payment.screened(FdsDecision.REVIEW, java.util.List.of("AMOUNT_REVIEW"), NOW);
        payment.authorize("txn_8", NOW);
        payment.approve(new CardApproval("433012******9018", "41", "41", "CREDIT", 0, false, "12345678"), NOW);
        payment.clearReview(NOW);
        assertThat(payment.fdsReview()).isEqualTo(ReviewStatus.CLEARED);
        assertThatThrownBy(() -> payment.clearReview(NOW)).isInstanceOf(PaygridException.class);
    }
}
