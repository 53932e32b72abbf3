package org.paygrid.merchantdashboard.payments;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.paygrid.idempotency.entity.RetryKey;
import org.paygrid.merchant.entity.MemberPermission;
import org.paygrid.merchantdashboard.shared.Messages;
import org.paygrid.merchantdashboard.workspace.Workspace;
import org.paygrid.payment.boundary.CancelRequest;
import org.paygrid.payment.boundary.PaymentTimeline;
import org.paygrid.payment.boundary.PaymentView;
import org.paygrid.payment.boundary.Payments;

/**
 * One payment of the merchant: its amounts, cancels, events and webhook attempts, and the owner's full or partial
 * cancel. The payment is read through the member's merchant and mode, so a key of another merchant shows nothing;
 * the cancel is the API's (same rules, journal and idempotency: the form's token is its idempotency key, so a form
 * sent twice cancels once).
 */
@Named
@ViewScoped
public class PaymentDetail implements Serializable {

    @Inject
    Workspace workspace;

    @EJB
    Payments payments;

    @EJB
    PaymentTimeline timelines;

    private String paymentKey;
    private Long cancelAmount;
    private String cancelReason;
    private String formToken = UUID.randomUUID().toString();
    private transient PaymentView view;
    private transient PaymentTimeline.View timeline;

    /** Reads the payment before the page renders, so that a refusal shows in the page's messages. */
    public void load() {
        getView();
    }

    /** The payment, read again for every request; null (and a message) when it is not the merchant's. */
    public PaymentView getView() {
        if (view == null && paymentKey != null) {
            view = Messages.attempt(() -> payments.find(workspace.credential(MemberPermission.VIEW_PAYMENTS),
                    paymentKey));
        }
        return view;
    }

    public PaymentTimeline.View getTimeline() {
        if (timeline == null && getView() != null) {
            timeline = timelines.of(getView().payment().paymentKey());
        }
        return timeline;
    }

    public boolean isCancelable() {
        return getView() != null && getView().payment().cancelable()
                && workspace.may(MemberPermission.CANCEL_PAYMENTS.name());
    }

    public void cancel() {
        String key = getView().payment().paymentKey();
        PaymentView canceled = Messages.attempt(() -> payments.cancelByMember(
                workspace.credential(MemberPermission.CANCEL_PAYMENTS), workspace.person().actor(), key,
                new CancelRequest(cancelReason, cancelAmount, null, null),
                RetryKey.ofMemberForm(workspace.person().subject(), formToken)));
        if (canceled != null) {
            view = canceled;
            timeline = null;
            cancelAmount = null;
            cancelReason = null;
            formToken = UUID.randomUUID().toString();
            Messages.info("payment.canceled", canceled.payment().balanceAmount());
        }
    }

    public String getPaymentKey() {
        return paymentKey;
    }

    public void setPaymentKey(String paymentKey) {
        this.paymentKey = paymentKey;
    }

    public Long getCancelAmount() {
        return cancelAmount;
    }

    public void setCancelAmount(Long cancelAmount) {
        this.cancelAmount = cancelAmount;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
