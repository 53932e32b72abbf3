package org.paygrid.payment.control;

import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.payment.entity.RefundReceiveAccount;

/**
 * A cancel booked in our ledger, still to be (or already) told to the network that took the money: the card
 * network or provider, or for a virtual account the bank, which sends the money to {@code refundAccount}.
 */
public record BookedCancel(String paymentKey, PaymentMethod method, String networkReference, String transactionKey,
                           long amount, RefundReceiveAccount refundAccount) {

    /** For JPQL constructor expressions, which select the refund account's columns one by one. */
    public BookedCancel(String paymentKey, PaymentMethod method, String networkReference, String transactionKey,
                        long amount, String refundBankCode, String refundAccountNumber, String refundHolderName) {
        this(paymentKey, method, networkReference, transactionKey, amount, refundBankCode == null ? null
                : new RefundReceiveAccount(refundBankCode, refundAccountNumber, refundHolderName));
    }
}
