package org.paygrid.payment.entity;

/**
 * Where a four-eyes refund request is: PENDING until a second staff member decides; APPROVED once its cancel is
 * booked; REJECTED by a decision; FAILED when the approved cancel was refused (the balance had changed, say).
 */
public enum RefundRequestStatus {
    PENDING,
    APPROVED,
    REJECTED,
    FAILED
}
