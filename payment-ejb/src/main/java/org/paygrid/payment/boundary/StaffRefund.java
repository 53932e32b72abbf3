package org.paygrid.payment.boundary;

/** What a staff refund came to: executed at once (within the approval limit) or waiting for a second approver. */
public sealed interface StaffRefund {

    record Refunded(PaymentView payment) implements StaffRefund {
    }

    record AwaitingApproval(RefundRequestView request) implements StaffRefund {
    }
}
