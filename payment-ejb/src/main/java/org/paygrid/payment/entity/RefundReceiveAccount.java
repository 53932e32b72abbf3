package org.paygrid.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The customer's own bank account that receives the refund of a virtual-account deposit. */
@Embeddable
public record RefundReceiveAccount(
        @Column(name = "refund_bank_code", length = 2) String bankCode,
        @Column(name = "refund_account_number", length = 20) String accountNumber,
        @Column(name = "refund_holder_name", length = 100) String holderName) {
}
