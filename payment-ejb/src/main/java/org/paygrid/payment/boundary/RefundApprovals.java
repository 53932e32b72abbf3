package org.paygrid.payment.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paygrid.idempotency.entity.RetryKey;
import org.paygrid.payment.control.Banks;
import org.paygrid.payment.control.PaymentQueries;
import org.paygrid.payment.control.RefundApprovalLimit;
import org.paygrid.payment.control.RefundApprovalRequired;
import org.paygrid.payment.control.StaffCancel;
import org.paygrid.payment.control.RefundRequestStore;
import org.paygrid.payment.entity.PaymentAmounts;
import org.paygrid.payment.entity.PaymentTransaction;
import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.payment.entity.RefundReceiveAccount;
import org.paygrid.payment.entity.RefundRequest;
import org.paygrid.payment.entity.RefundRequestStatus;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;
import org.paygrid.shared.error.RequestChecks;

/**
 * Four-eyes staff refunds. A refund the staff member may make alone ({@link RefundApprovalLimit}: the payment's
 * refunds within {@code paygrid.console.refund-approval-limit}, default 1,000,000 won; their own refunds today within
 * {@code paygrid.console.refund-daily-limit}, default 5,000,000; not to a typed account) is executed at once by
 * {@link Payments#cancelByStaff}; any other is recorded as a pending request that a
 * different staff member must approve (it is then executed by the same {@code cancelByStaff}, as the approver) or
 * reject. Every step is audited under the payment. Like {@link Payments}, this runs outside a transaction: each
 * step is a short transaction of {@link RefundRequestStore}, and the cancel is never inside one of them.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RefundApprovals {

    @EJB
    Payments payments;

    @EJB
    PaymentQueries queries;

    @EJB
    RefundRequestStore requests;

    @Inject
    @ConfigProperty(name = "paygrid.console.refund-approval-limit", defaultValue = "1000000")
    long limitWon;

    @Inject
    @ConfigProperty(name = "paygrid.console.refund-daily-limit", defaultValue = "5000000")
    long dailyLimitWon;

    /**
     * Refunds at once while the staff member may refund alone ({@link RefundApprovalLimit}, decided under the
     * payment's lock); otherwise records a pending request, with why, and moves no money.
     */
    public StaffRefund refund(String staff, String paymentKey, CancelRequest request, RetryKey retryKey) {
        PaymentView current = queries.load(paymentKey);
        if (retryKey != null) {
            // a retry of a request that died after opening its refund request: that request, not a second one
            var earlier = requests.openedBy(paymentKey, retryKey);
            if (earlier.isPresent()) {
                return new StaffRefund.AwaitingApproval(RefundRequestView.of(earlier.get()));
            }
        }
        try {
            return new StaffRefund.Refunded(payments.cancelByStaff(new StaffCancel(staff, limit()), paymentKey,
                    request, retryKey));
        } catch (RefundApprovalRequired needsSecondPerson) {
            return new StaffRefund.AwaitingApproval(RefundRequestView.of(openRequest(staff, paymentKey, request,
                    current, needsSecondPerson.getMessage(), retryKey)));
        }
    }

    private RefundRequest openRequest(String staff, String paymentKey, CancelRequest request, PaymentView current,
                                      String why, RetryKey retryKey) {
        String reason = RequestChecks.requiredText(request.cancelReason(), "cancelReason",
                CancelRequest.CANCEL_REASON_LENGTH);
        if (request.cancelAmount() != null) {
            PaymentAmounts.requireValidAmount(request.cancelAmount(), "cancelAmount");
        }
        long taxFree = request.taxFreeAmount() == null ? 0 : request.taxFreeAmount();
        if (taxFree < 0) {
            throw RequestChecks.invalid("taxFreeAmount", "must not be negative");
        }
        RefundReceiveAccount refundTo = null;
        if (current.payment().method() == PaymentMethod.VIRTUAL_ACCOUNT) {
            RefundAccountRequest to = request.refundReceiveAccount();
            if (to == null) {
                throw RequestChecks.invalid("refundReceiveAccount",
                        "a deposited virtual account is refunded to the customer's account: bank, accountNumber, holderName");
            }
            refundTo = new RefundReceiveAccount(Banks.require(to.bank(), "refundReceiveAccount.bank"),
                    Banks.requireAccountNumber(to.accountNumber(), "refundReceiveAccount.accountNumber"),
                    RequestChecks.requiredText(to.holderName(), "refundReceiveAccount.holderName", 100));
        }
        return requests.open(staff, paymentKey, request.cancelAmount(), taxFree, reason, refundTo, why, retryKey);
    }

    /**
     * A second staff member approves: the request's amount (for a full refund, the balance it was asked on) is
     * cancelled as that staff member. If the payment's rules refuse the cancel now (its balance changed, say), the
     * request closes as FAILED and the refusal reaches the caller.
     */
    public PaymentView approve(String staff, boolean serviceAccount, long requestId) {
        if (serviceAccount) {
            throw new PaygridException(ErrorCode.FORBIDDEN_SERVICE_ACCOUNT_APPROVAL,
                    "An automation client is no second person: a staff member approves refunds");
        }
        RefundRequest approved = requests.approve(requestId, staff);
        RefundReceiveAccount to = approved.refundTo();
        CancelRequest cancel = new CancelRequest(approved.reason(), approved.amount(), approved.taxFreeAmount(),
                to == null ? null : new RefundAccountRequest(to.bankCode(), to.accountNumber(), to.holderName()));
        PaymentView after;
        try {
            after = payments.cancelByStaff(new StaffCancel(staff, null), approved.paymentKey(), cancel, null);
        } catch (PaygridException refused) {
            requests.failed(requestId, staff, refused.code().name() + ": " + refused.getMessage());
            throw refused;
        }
        requests.executed(requestId, transactionKeyOf(after, approved));
        return after;
    }

    public RefundRequestView reject(String staff, long requestId, String note) {
        String why = RequestChecks.requiredText(note, "reason", 300);
        return RefundRequestView.of(requests.reject(requestId, staff, why));
    }

    public RefundRequestView find(long requestId) {
        return RefundRequestView.of(requests.find(requestId));
    }

    /** The requests waiting for a decision, oldest first. */
    public List<RefundRequestView> pending(int limit) {
        return requests.withStatus(RefundRequestStatus.PENDING, limit).stream().map(RefundRequestView::of).toList();
    }

    /** Every request on one payment, newest first. */
    public List<RefundRequestView> ofPayment(String paymentKey) {
        return requests.ofPayment(paymentKey).stream().map(RefundRequestView::of).toList();
    }

    public RefundApprovalLimit limit() {
        return new RefundApprovalLimit(limitWon, dailyLimitWon);
    }

    /** The newest cancel of this amount and reason: the one the approval just booked. */
    private static String transactionKeyOf(PaymentView after, RefundRequest approved) {
        List<PaymentTransaction> cancels = after.cancels();
        for (int i = cancels.size() - 1; i >= 0; i--) {
            PaymentTransaction cancel = cancels.get(i);
            if (cancel.amount() == approved.amount() && approved.reason().equals(cancel.reason())) {
                return cancel.transactionKey();
            }
        }
        return null;
    }
}
