package org.paygrid.payment.entity;

/** What the card network said when it approved: shown on the payment's {@code card} object. */
public record CardApproval(String maskedNumber, String issuerCode, String acquirerCode, String cardType,
                           int installmentPlanMonths, boolean interestFree, String approveNo) {
}
