package org.paygrid.payment.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cash receipt (현금영수증) for a bank-paid payment, issued when the money arrives. */
@Schema(name = "CashReceiptRequest")
public record CashReceiptRequest(
        @Schema(enumeration = {"INCOME_DEDUCTION", "EXPENSE_PROOF"}, required = true,
                description = "소득공제 (by phone number) or 지출증빙 (by business number)") String type,
        @Schema(example = "01012345678", required = true) String registrationNumber) {
}
