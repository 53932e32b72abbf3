package org.paygrid.payment.control;

/**
 * Who cancels for staff, and how: {@code alone} carries the limits the staff member may refund within without a
 * second person; null when a second person approved this refund already.
 */
public record StaffCancel(String staff, RefundApprovalLimit alone) {
}
