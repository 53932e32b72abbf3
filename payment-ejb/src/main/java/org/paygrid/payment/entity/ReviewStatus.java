package org.paygrid.payment.entity;

/**
 * Where a payment that fraud detection sent to review stands (contract section 11): OPEN from its approval until
 * staff decide, and held from settlement meanwhile; CLEARED (settled from then on) or REFUNDED (cancelled in full).
 */
public enum ReviewStatus {
    OPEN,
    CLEARED,
    REFUNDED
}
