package org.paygrid.console.payment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.paygrid.console.refund.RefundDecisions;
import org.paygrid.console.security.ConsoleScreen;
import org.paygrid.console.security.StaffSession;
import org.paygrid.console.shared.ConsoleMessages;
import org.paygrid.payment.boundary.CancelRequest;
import org.paygrid.payment.boundary.PaymentSearch;
import org.paygrid.payment.boundary.PaymentTimeline;
import org.paygrid.payment.boundary.Payments;
import org.paygrid.payment.boundary.RefundAccountRequest;
import org.paygrid.payment.boundary.RefundApprovals;
import org.paygrid.payment.boundary.RefundRequestView;
import org.paygrid.payment.boundary.StaffRefund;

/**
 * One payment with its cancels and its timeline (events, webhook attempts, journal entries), and the staff refund (support, admin). The refund is {@link RefundApprovals#refund}:
 * within the approval limit it is {@link Payments#cancelByStaff} at once (the merchant's cancel rules, the ledger
 * entry and the audit entry all come from there); above it, a pending request that another staff member approves or
 * rejects here or on the pending refunds screen. This bean only says full or partial, how much and why.
 */
@Named
@ViewScoped
public class PaymentDetail implements Serializable {

    /** Full refunds send no amount: the boundary then cancels whatever balance is left at that moment. */
    public enum RefundScope { FULL, PARTIAL }

    @EJB
    PaymentSearch search;

    @EJB
    RefundApprovals approvals;

    @EJB
    PaymentTimeline timeline;

    @Inject
    RefundDecisions decisions;

    @Inject
    StaffSession staff;

    private String key;
    private PaymentFacts payment;
    private List<RefundRequestView> requests = List.of();
    private PaymentTimeline.View history;
    private String note;

    private RefundScope scope = RefundScope.FULL;
    private Long amount;
    private String reason;
    private String bank;
    private String accountNumber;
    private String holderName;

    /** The page's view action: reads the payment named by {@code ?key=}. */
    public void load() {
        staff.actorOn(ConsoleScreen.PAYMENTS);
        if (key == null || key.isBlank()) {
            ConsoleMessages.error(ConsoleMessages.text("payment.notFound"));
            return;
        }
        refresh();
    }

    private void refresh() {
        payment = ConsoleMessages.attempt(() -> PaymentFacts.of(search.find(key)));
        List<RefundRequestView> found = payment == null ? null : ConsoleMessages.attempt(() -> approvals.ofPayment(key));
        requests = found == null ? List.of() : found;
        history = payment == null ? null : ConsoleMessages.attempt(() -> timeline.of(key));
    }

    public void refund() {
        String actor = staff.actorOn(ConsoleScreen.PAYMENTS);
        if (scope == RefundScope.PARTIAL && amount == null) {
            ConsoleMessages.error(ConsoleMessages.text("refund.amount.required"));
            return;
        }
        RefundAccountRequest to = bank == null || bank.isBlank() ? null
                : new RefundAccountRequest(bank.trim(), accountNumber, holderName);
        CancelRequest request = new CancelRequest(reason, scope == RefundScope.PARTIAL ? amount : null, null, to);
        StaffRefund done = ConsoleMessages.attempt(() -> approvals.refund(actor, key, request, null));
        if (done != null) {
            if (done instanceof StaffRefund.Refunded refunded) {
                ConsoleMessages.info("refund.done",
                        String.format("%,d", refunded.payment().payment().balanceAmount()));
            } else if (done instanceof StaffRefund.AwaitingApproval pending) {
                ConsoleMessages.info("refund.pending", String.valueOf(pending.request().id()),
                        String.format("%,d", approvals.limit().won()));
            }
            scope = RefundScope.FULL;
            amount = null;
            reason = null;
        }
        refresh();
    }

    public void approve(RefundRequestView request) {
        decisions.approve(ConsoleScreen.PAYMENTS, request);
        refresh();
    }

    public void reject(RefundRequestView request) {
        if (decisions.reject(ConsoleScreen.PAYMENTS, request, note)) {
            note = null;
        }
        refresh();
    }

    public long getLimitWon() {
        return approvals.limit().won();
    }

    public PaymentTimeline.View getHistory() {
        return history;
    }

    public List<RefundRequestView> getRequests() {
        return requests;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public RefundScope[] getScopes() {
        return RefundScope.values();
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public PaymentFacts getPayment() {
        return payment;
    }

    public RefundScope getScope() {
        return scope;
    }

    public void setScope(RefundScope scope) {
        this.scope = scope;
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getBank() {
        return bank;
    }

    public void setBank(String bank) {
        this.bank = bank;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public void setAccountNumber(String accountNumber) {
        this.accountNumber = accountNumber;
    }

    public String getHolderName() {
        return holderName;
    }

    public void setHolderName(String holderName) {
        this.holderName = holderName;
    }
}
