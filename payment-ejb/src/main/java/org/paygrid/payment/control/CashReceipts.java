package org.paygrid.payment.control;

import org.paygrid.payment.boundary.CashReceiptRequest;
import org.paygrid.payment.entity.CashReceipt;
import org.paygrid.shared.error.RequestChecks;

/** Checks a requested cash receipt: a phone number for income deduction, a business number for expense proof. */
public final class CashReceipts {

    private CashReceipts() {
    }

    public static CashReceipt parse(CashReceiptRequest request) {
        if (request == null) {
            return null;
        }
        CashReceipt.Type type = RequestChecks.requiredEnum(request.type(), "cashReceipt.type", CashReceipt.Type.class);
        String number = RequestChecks.requiredCode(request.registrationNumber(), "cashReceipt.registrationNumber", 20)
                .replace("-", "");
        boolean valid = type == CashReceipt.Type.INCOME_DEDUCTION ? number.matches("01\\d{8,9}") : number.matches("\\d{10}");
        if (!valid) {
            throw RequestChecks.invalid("cashReceipt.registrationNumber", type == CashReceipt.Type.INCOME_DEDUCTION
                    ? "must be a mobile phone number (01X...)" : "must be a 10-digit business number");
        }
        return CashReceipt.requested(type, number);
    }
}
