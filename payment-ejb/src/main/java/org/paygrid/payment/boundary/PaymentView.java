package org.paygrid.payment.boundary;

import java.util.List;
import org.paygrid.payment.entity.Payment;
import org.paygrid.payment.entity.PaymentCancel;

/** A payment with its cancels (oldest first): everything the payment object of the contract shows. */
public record PaymentView(Payment payment, List<PaymentCancel> cancels) {
}
