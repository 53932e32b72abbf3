package org.paygrid.payment.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.paygrid.event.boundary.Events;
import org.paygrid.event.entity.EventType;
import org.paygrid.payment.boundary.PaymentObject;
import org.paygrid.payment.boundary.PaymentView;

/**
 * The payment's events (contract section 7), recorded in the transaction of the change they report: each carries
 * the payment exactly as the API answers it, ordered by its payment key, and names the money movement that made
 * the change (the payment's latest transaction; none for a payment that never reached the network).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PaymentEvents {

    @EJB
    Events events;

    /** The payment moved to another status. */
    public void statusChanged(PaymentView view) {
        record(EventType.PAYMENT_STATUS_CHANGED, view);
    }

    /** The bank reported a deposit to the payment's virtual account. */
    public void depositCallback(PaymentView view) {
        record(EventType.DEPOSIT_CALLBACK, view);
    }

    private void record(EventType type, PaymentView view) {
        events.record(view.payment().merchantId(), view.payment().mode(), type, view.payment().paymentKey(),
                view.latestTransactionKey(), PaymentObject.of(view));
    }
}
