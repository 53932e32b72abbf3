package org.paygrid.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A cash receipt (현금영수증) asked for a bank-paid payment: for income deduction (소득공제, by phone number) or as
 * proof of expense (지출증빙, by business number). Issued when the money arrives.
 */
@Embeddable
public record CashReceipt(
        @Enumerated(EnumType.STRING) @Column(name = "cash_receipt_type", length = 16) Type type,
        @Column(name = "cash_receipt_number", length = 20) String registrationNumber,
        @Enumerated(EnumType.STRING) @Column(name = "cash_receipt_status", length = 10) Status status,
        @Column(name = "cash_receipt_issue_number", length = 20) String issueNumber) {

    public enum Type {
        INCOME_DEDUCTION,
        EXPENSE_PROOF
    }

    public enum Status {
        REQUESTED,
        ISSUED
    }

    public static CashReceipt requested(Type type, String registrationNumber) {
        return new CashReceipt(type, registrationNumber, Status.REQUESTED, null);
    }

    /** The issue number stands in for the one the National Tax Service would assign. */
    CashReceipt issued() {
        return new CashReceipt(type, registrationNumber, Status.ISSUED,
                String.format("%09d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000_000)));
    }

    public String maskedNumber() {
        return org.paygrid.shared.Masks.middle(registrationNumber);
    }
}
