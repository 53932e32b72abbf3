package org.paygrid.payment.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.paygrid.network.boundary.BankNetwork;
import org.paygrid.network.boundary.BankNetwork.RefundAccount;
import org.paygrid.network.entity.Channel;
import org.paygrid.network.boundary.PaymentNetwork;
import org.paygrid.payment.entity.PaymentMethod;

/**
 * Tells whoever holds the money about a cancel already booked here: the card network or provider cancels its
 * approval, the bank sends a virtual-account refund to the customer's account. Idempotent on the cancel's
 * transaction key, so the reconciler may call it again until the other side confirms.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CancelRelay {

    @EJB
    CancelBook cancelBook;

    @Inject
    PaymentNetwork network;

    @Inject
    BankNetwork bank;

    public void tell(BookedCancel booked) {
        boolean confirmed;
        if (booked.method() == PaymentMethod.VIRTUAL_ACCOUNT) {
            var to = booked.refundAccount();
            confirmed = bank.refund(booked.transactionKey(), booked.networkReference(), booked.amount(),
                    new RefundAccount(to.bankCode(), to.accountNumber(), to.holderName())) instanceof BankNetwork.Refunded;
        } else {
            confirmed = network.cancel(Channel.valueOf(booked.method().name()), booked.networkReference(),
                    booked.transactionKey(), booked.amount()) instanceof PaymentNetwork.Canceled;
        }
        if (confirmed) {
            cancelBook.confirmNetworkCancel(booked.transactionKey());
        }
    }
}
