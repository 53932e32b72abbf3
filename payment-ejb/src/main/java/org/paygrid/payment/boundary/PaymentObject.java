package org.paygrid.payment.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paygrid.payment.entity.CardApproval;
import org.paygrid.payment.entity.Payment;
import org.paygrid.payment.entity.PaymentTransaction;
import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.payment.entity.VirtualAccount;
import org.paygrid.shared.Masks;
import org.paygrid.shared.time.SeoulTime;

/** The payment object of contract section 4: what the API answers and what events carry. */
@Schema(name = "Payment")
@JsonbPropertyOrder({"paymentKey", "orderId", "orderName", "status", "method", "mode", "currency", "totalAmount",
        "balanceAmount", "taxFreeAmount", "vat", "suppliedAmount", "requestedAt", "approvedAt", "card",
        "virtualAccount", "easyPay", "transfer", "mobilePhone", "cashReceipt", "useEscrow", "cancels", "failure",
        "fds", "checkoutUrl", "metadata"})
public record PaymentObject(
        @Schema(example = "pay_Xk3m9QpT2vLw8RzY4nBc6HdA") String paymentKey,
        @Schema(example = "order-20261122-0001") String orderId,
        @Schema(example = "Hanbit Books: 2 items") String orderName,
        @Schema(example = "DONE", enumeration = {"READY", "IN_PROGRESS", "WAITING_FOR_DEPOSIT", "DONE", "CANCELED",
                "PARTIAL_CANCELED", "ABORTED", "EXPIRED"}) String status,
        @Schema(example = "CARD") String method,
        @Schema(example = "test") String mode,
        @Schema(example = "KRW") String currency,
        @Schema(example = "15000") long totalAmount,
        @Schema(example = "15000") long balanceAmount,
        @Schema(example = "0") long taxFreeAmount,
        @Schema(example = "1364") long vat,
        @Schema(example = "13636") long suppliedAmount,
        OffsetDateTime requestedAt,
        OffsetDateTime approvedAt,
        Card card,
        VirtualAccountInfo virtualAccount,
        EasyPay easyPay,
        @Schema(description = "Paygrid addition: the bank of a TRANSFER payment") Transfer transfer,
        @Schema(description = "Paygrid addition: the carrier of a MOBILE_PHONE payment") MobilePhone mobilePhone,
        @Schema(description = "Paygrid addition: the cash receipt (현금영수증) of a bank-paid payment")
        CashReceiptInfo cashReceipt,
        @Schema(description = "Paygrid addition: escrow (에스크로) asked for this payment") boolean useEscrow,
        List<Cancel> cancels,
        Failure failure,
        @Schema(description = "Fraud detection's screening (contract section 11); null for a payment never screened")
        Fds fds,
        String checkoutUrl,
        Map<String, String> metadata) {

    @JsonbPropertyOrder({"number", "issuerCode", "acquirerCode", "cardType", "installmentPlanMonths", "isInterestFree",
            "approveNo"})
    public record Card(@Schema(example = "433012******1234") String number, @Schema(example = "41") String issuerCode,
                       @Schema(example = "41") String acquirerCode, @Schema(example = "CREDIT") String cardType,
                       int installmentPlanMonths, boolean isInterestFree, @Schema(example = "30001234") String approveNo) {
    }

    /** What fraud detection decided before the network was called, and where a review stands. */
    @JsonbPropertyOrder({"decision", "rules", "reviewStatus"})
    public record Fds(@Schema(example = "ALLOW", enumeration = {"ALLOW", "REVIEW", "BLOCK"}) String decision,
                      @Schema(example = "[]") List<String> rules,
                      @Schema(example = "OPEN", enumeration = {"OPEN", "CLEARED", "REFUNDED"}, nullable = true)
                      String reviewStatus) {
    }

    @JsonbPropertyOrder({"transactionKey", "cancelAmount", "cancelReason", "canceledAt", "refundableAmount"})
    public record Cancel(String transactionKey, long cancelAmount, String cancelReason, OffsetDateTime canceledAt,
                         long refundableAmount) {
    }

    public record Failure(String code, String message) {
    }

    @JsonbPropertyOrder({"accountNumber", "bankCode", "customerName", "dueDate", "refundStatus"})
    public record VirtualAccountInfo(@Schema(example = "88012345678901") String accountNumber,
                                     @Schema(example = "88") String bankCode,
                                     @Schema(example = "김민지") String customerName,
                                     OffsetDateTime dueDate,
                                     @Schema(enumeration = {"NONE", "PENDING", "PARTIAL_COMPLETED", "COMPLETED"})
                                     String refundStatus) {
    }

    public record EasyPay(@Schema(enumeration = {"KAKAOPAY", "NAVERPAY", "TOSSPAY", "PAYCO"}) String provider,
                          long amount) {
    }

    public record Transfer(@Schema(example = "88") String bankCode) {
    }

    public record MobilePhone(@Schema(enumeration = {"SKT", "KT", "LGU"}) String carrier,
                              @Schema(example = "010****5678") String customerMobilePhone) {
    }

    @JsonbPropertyOrder({"type", "registrationNumber", "status", "issueNumber"})
    public record CashReceiptInfo(@Schema(enumeration = {"INCOME_DEDUCTION", "EXPENSE_PROOF"}) String type,
                                  @Schema(example = "010****5678") String registrationNumber,
                                  @Schema(enumeration = {"REQUESTED", "ISSUED"}) String status,
                                  String issueNumber) {
    }

    public static PaymentObject of(PaymentView view) {
        return of(view, null);
    }

    /** With {@code checkoutBaseUrl}, a READY payment carries the link to its payment window. */
    public static PaymentObject of(PaymentView view, String checkoutBaseUrl) {
        Payment p = view.payment();
        CardApproval card = p.card();
        return new PaymentObject(p.paymentKey(), p.orderId(), p.orderName(), p.status().name(),
                p.method() == null ? null : p.method().name(), p.mode().wireName(), p.currency(), p.totalAmount(),
                p.balanceAmount(), p.taxFreeAmount(), p.vat(), p.suppliedAmount(), SeoulTime.of(p.requestedAt()),
                SeoulTime.of(p.approvedAt()),
                card == null ? null : new Card(card.maskedNumber(), card.issuerCode(), card.acquirerCode(),
                        card.cardType(), card.installmentPlanMonths(), card.interestFree(), card.approveNo()),
                virtualAccount(p), easyPay(p),
                p.method() == PaymentMethod.TRANSFER ? new Transfer(p.provider()) : null,
                p.method() == PaymentMethod.MOBILE_PHONE
                        ? new MobilePhone(p.provider(), Masks.middle(p.providerCustomer())) : null,
                p.cashReceipt() == null ? null : new CashReceiptInfo(p.cashReceipt().type().name(),
                        p.cashReceipt().maskedNumber(), p.cashReceipt().status().name(), p.cashReceipt().issueNumber()),
                p.useEscrow(),
                view.cancels().stream().map(PaymentObject::cancel).toList(),
                p.failureCode() == null ? null : new Failure(p.failureCode(), p.failureMessage()),
                p.fdsDecision() == null ? null : new Fds(p.fdsDecision().name(), p.fdsRules(),
                        p.fdsReview() == null ? null : p.fdsReview().name()),
                checkoutBaseUrl != null && p.status() == org.paygrid.payment.entity.PaymentStatus.READY
                        ? checkoutBaseUrl + "/checkout/" + p.paymentKey() : null,
                Metadata.fromJson(p.metadataJson()));
    }

    private static VirtualAccountInfo virtualAccount(Payment p) {
        VirtualAccount va = p.virtualAccount();
        return va == null ? null : new VirtualAccountInfo(va.accountNumber(), va.bankCode(), va.customerName(),
                SeoulTime.of(va.dueAt()), va.refundStatus().name());
    }

    private static EasyPay easyPay(Payment p) {
        return p.method() == PaymentMethod.EASY_PAY && p.provider() != null
                ? new EasyPay(p.provider(), p.totalAmount()) : null;
    }

    private static Cancel cancel(PaymentTransaction c) {
        return new Cancel(c.transactionKey(), c.amount(), c.reason(), SeoulTime.of(c.requestedAt()),
                c.refundableAmount());
    }
}
