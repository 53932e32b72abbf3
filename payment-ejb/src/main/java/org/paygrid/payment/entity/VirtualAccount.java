package org.paygrid.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** The account a bank opened for one payment (가상계좌): where and by when the customer transfers the amount. */
@Embeddable
public record VirtualAccount(
        @Column(name = "va_bank_code", length = 2) String bankCode,
        @Column(name = "va_account_number", length = 20) String accountNumber,
        @Column(name = "va_customer_name", length = 100) String customerName,
        @Column(name = "va_due_at") Instant dueAt,
        @Enumerated(EnumType.STRING) @Column(name = "va_refund_status", length = 20) RefundStatus refundStatus) {

    /** A deposited account is refunded by bank transfer to the customer's own account. */
    public enum RefundStatus {
        NONE,
        PENDING,
        PARTIAL_COMPLETED,
        COMPLETED
    }

    public VirtualAccount withRefundStatus(RefundStatus next) {
        return new VirtualAccount(bankCode, accountNumber, customerName, dueAt, next);
    }
}
