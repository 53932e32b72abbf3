package org.paygrid.console.payment;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.paygrid.payment.boundary.PaymentObject;
import org.paygrid.payment.boundary.PaymentView;

/**
 * A payment as the detail screen shows it, built from the contract's payment object so that staff see exactly
 * what the merchant's API shows: the card masked (first 6, last 4), phone numbers masked, amounts in won.
 */
public record PaymentFacts(String paymentKey, String orderId, String orderName, String merchantId, String mode,
                           String status, String method, long totalAmount, long balanceAmount, long taxFreeAmount,
                           long vat, long suppliedAmount, OffsetDateTime requestedAt, OffsetDateTime approvedAt,
                           String cardNumber, Integer installmentMonths, String approveNo, String provider,
                           String accountNumber, String bankCode, String accountHolder, OffsetDateTime dueDate,
                           String refundStatus, String failure, boolean cancelable, List<CancelRow> cancels)
        implements Serializable {

    /** One cancel of the payment, oldest first. */
    public record CancelRow(String transactionKey, long cancelAmount, String cancelReason, OffsetDateTime canceledAt,
                            long refundableAmount) implements Serializable {
    }

    static PaymentFacts of(PaymentView view) {
        PaymentObject p = PaymentObject.of(view);
        PaymentObject.Card card = p.card();
        PaymentObject.VirtualAccountInfo va = p.virtualAccount();
        return new PaymentFacts(p.paymentKey(), p.orderId(), p.orderName(), view.payment().merchantId(), p.mode(),
                p.status(), p.method(), p.totalAmount(), p.balanceAmount(), p.taxFreeAmount(), p.vat(),
                p.suppliedAmount(), p.requestedAt(), p.approvedAt(),
                card == null ? null : card.number(), card == null ? null : card.installmentPlanMonths(),
                card == null ? view.payment().approveNo() : card.approveNo(), provider(p),
                va == null ? null : va.accountNumber(), va == null ? null : va.bankCode(),
                va == null ? null : va.customerName(), va == null ? null : va.dueDate(),
                va == null ? null : va.refundStatus(),
                p.failure() == null ? null : p.failure().code() + ": " + p.failure().message(),
                view.payment().cancelable(),
                p.cancels().stream().map(c -> new CancelRow(c.transactionKey(), c.cancelAmount(), c.cancelReason(),
                        c.canceledAt(), c.refundableAmount())).toList());
    }

    private static String provider(PaymentObject p) {
        if (p.easyPay() != null) {
            return p.easyPay().provider();
        }
        if (p.transfer() != null) {
            return p.transfer().bankCode();
        }
        if (p.mobilePhone() != null) {
            return p.mobilePhone().carrier() + " " + p.mobilePhone().customerMobilePhone();
        }
        return null;
    }

    public boolean virtualAccount() {
        return "VIRTUAL_ACCOUNT".equals(method);
    }
}
