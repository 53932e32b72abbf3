package org.paygrid.payment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

class RefundRequestTest {

    private static final Instant ASKED = Instant.parse("2026-11-20T01:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-11-20T01:05:00Z");

    private static RefundRequest askedBy(String staff) {
        return new RefundRequest("pay_1", "mer_1", 2_500_000, "KRW", false, 0, "damaged goods", null, staff, ASKED);
    }

    @Test
    void startsPendingWithWhoAskedHowMuchAndWhy() {
        RefundRequest request = askedBy("support");
        assertThat(request.status()).isEqualTo(RefundRequestStatus.PENDING);
        assertThat(request.requestedBy()).isEqualTo("support");
        assertThat(request.amount()).isEqualTo(2_500_000);
        assertThat(request.reason()).isEqualTo("damaged goods");
        assertThat(request.decidedBy()).isNull();
    }

    @Test
    void refusesApprovalByTheStaffMemberWhoAsked() {
        RefundRequest request = askedBy("support");
        assertThatThrownBy(() -> request.approve("support", DECIDED))
                .isInstanceOfSatisfying(PaygridException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN_SELF_APPROVAL));
        assertThat(request.status()).isEqualTo(RefundRequestStatus.PENDING);
        assertThat(request.decidedBy()).isNull();
    }

    @Test
    void refusesRejectionByTheStaffMemberWhoAsked() {
        RefundRequest request = askedBy("admin");
        assertThatThrownBy(() -> request.reject("admin", "changed my mind", DECIDED))
                .isInstanceOfSatisfying(PaygridException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN_SELF_APPROVAL));
        assertThat(request.status()).isEqualTo(RefundRequestStatus.PENDING);
    }

    @Test
    void anotherStaffMemberApprovesAndTheExecutedCancelIsKept() {
        RefundRequest request = askedBy("support");
        request.approve("admin", DECIDED);
        request.executed("txn_abc");
        assertThat(request.status()).isEqualTo(RefundRequestStatus.APPROVED);
        assertThat(request.decidedBy()).isEqualTo("admin");
        assertThat(request.decidedAt()).isEqualTo(DECIDED);
        assertThat(request.transactionKey()).isEqualTo("txn_abc");
    }

    @Test
    void anotherStaffMemberRejectsWithANote() {
        RefundRequest request = askedBy("support");
        request.reject("admin", "customer keeps the goods", DECIDED);
        assertThat(request.status()).isEqualTo(RefundRequestStatus.REJECTED);
        assertThat(request.decisionNote()).isEqualTo("customer keeps the goods");
    }

    @Test
    void refusesASecondDecision() {
        RefundRequest approved = askedBy("support");
        approved.approve("admin", DECIDED);
        assertThatThrownBy(() -> approved.approve("finance", DECIDED))
                .isInstanceOfSatisfying(PaygridException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_PENDING_REFUND_REQUEST));
        RefundRequest rejected = askedBy("support");
        rejected.reject("admin", "no", DECIDED);
        assertThatThrownBy(() -> rejected.approve("admin", DECIDED))
                .isInstanceOfSatisfying(PaygridException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_PENDING_REFUND_REQUEST));
    }

    @Test
    void anApprovedCancelThatWasRefusedClosesTheRequestAsFailed() {
        RefundRequest request = askedBy("support");
        request.approve("admin", DECIDED);
        request.failed("NOT_CANCELABLE_AMOUNT: cancelAmount 2500000 exceeds the cancelable balance 1000");
        assertThat(request.status()).isEqualTo(RefundRequestStatus.FAILED);
        assertThat(request.decisionNote()).startsWith("NOT_CANCELABLE_AMOUNT");
        assertThatThrownBy(() -> request.approve("finance", DECIDED)).isInstanceOf(PaygridException.class);
    }

    @Test
    void aPendingRequestCannotBeMarkedExecuted() {
        assertThatThrownBy(() -> askedBy("support").executed("txn_abc")).isInstanceOf(IllegalStateException.class);
    }
}
