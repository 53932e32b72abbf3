package org.paygrid.sdk;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The payment object (contract section 4), as the API answers it; members a newer API adds are ignored. */
public record Payment(String paymentKey, String orderId, String orderName, String status, String method, String mode,
                      String currency, long totalAmount, long balanceAmount, long taxFreeAmount, long vat,
                      long suppliedAmount, OffsetDateTime requestedAt, OffsetDateTime approvedAt, Card card,
                      VirtualAccount virtualAccount, List<Cancel> cancels, Failure failure, String checkoutUrl,
                      Map<String, String> metadata) {

    /** The card of a CARD payment: masked number, issuer, installments, approval number. */
    public record Card(String number, String issuerCode, String acquirerCode, String cardType,
                       int installmentPlanMonths, boolean isInterestFree, String approveNo) {
    }

    /** Where the customer deposits a VIRTUAL_ACCOUNT payment, and by when. */
    public record VirtualAccount(String accountNumber, String bankCode, String customerName, OffsetDateTime dueDate,
                                 String refundStatus) {
    }

    /** One cancel (full or partial), with its own transaction key. */
    public record Cancel(String transactionKey, long cancelAmount, String cancelReason, OffsetDateTime canceledAt,
                         long refundableAmount) {
    }

    /** Why the payment failed (ABORTED), with the contract's code. */
    public record Failure(String code, String message) {
    }

    public List<Cancel> cancels() {
        return cancels == null ? List.of() : cancels;
    }
}
