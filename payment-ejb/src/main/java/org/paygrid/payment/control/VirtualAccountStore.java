package org.paygrid.payment.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.paygrid.ledger.boundary.Ledger;
import org.paygrid.network.boundary.BankNetwork;
import org.paygrid.payment.boundary.PaymentView;
import org.paygrid.payment.entity.Payment;
import org.paygrid.payment.entity.PaymentStatus;
import org.paygrid.payment.entity.VirtualAccount;
import org.paygrid.shared.id.RandomTokens;

/**
 * The short transactions of a virtual account's life: opened at the bank (or not), the customer's deposit booked
 * as the payment's sale, expired after its due date.
 */
@Stateless
public class VirtualAccountStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    Ledger ledger;

    /** Every status change writes its event in the same transaction (contract section 7). */
    @EJB
    PaymentEvents events;

    /** The bank opened the account: the payment waits for the customer's deposit. */
    public PaymentView recordAccountOpened(String paymentKey, String reference, BankNetwork.Account account,
                                           String customerName) {
        Payment payment = em.find(Payment.class, paymentKey, LockModeType.PESSIMISTIC_WRITE);
        if (payment.status() == PaymentStatus.READY) {
            payment.awaitDeposit(reference, new VirtualAccount(account.bankCode(), account.accountNumber(),
                    customerName, account.dueAt(), VirtualAccount.RefundStatus.NONE), clock.instant());
            events.statusChanged(PaymentView.of(payment));
        }
        return PaymentView.of(payment);
    }

    /** The bank opened no account: the payment can never be paid. */
    public void failOpening(String paymentKey, String code, String message) {
        Payment payment = em.find(Payment.class, paymentKey, LockModeType.PESSIMISTIC_WRITE);
        if (payment.status() == PaymentStatus.READY) {
            payment.expireUnpaid(code, message, clock.instant());
            events.statusChanged(PaymentView.of(payment));
        }
    }

    /**
     * The customer's deposit: the payment is DONE and the sale booked, in one transaction. The bank's deposit id
     * is unique here, so a second notice of the same deposit (or a late one) changes nothing.
     */
    public PaymentView recordDeposit(String paymentKey, String depositId, Instant depositedAt) {
        Payment payment = em.find(Payment.class, paymentKey, LockModeType.PESSIMISTIC_WRITE);
        if (payment.status() == PaymentStatus.WAITING_FOR_DEPOSIT) {
            payment.deposited(RandomTokens.prefixed("txn", 24), depositId, depositedAt);
            Receivables.bookSale(ledger, payment, "virtual account deposit " + depositId, clock.instant());
            PaymentView paid = PaymentView.of(payment);
            events.depositCallback(paid);
            events.statusChanged(paid);
        }
        return PaymentView.of(payment);
    }

    /** Virtual accounts still waiting after their due date, oldest first. */
    public List<String> overdueAccounts(Instant now) {
        return em.createQuery("select p.paymentKey from Payment p where p.status = "
                        + "org.paygrid.payment.entity.PaymentStatus.WAITING_FOR_DEPOSIT and p.virtualAccount.dueAt < :now "
                        + "order by p.virtualAccount.dueAt", String.class)
                .setParameter("now", now).setMaxResults(100).getResultList();
    }

    public void expireAccount(String paymentKey) {
        Payment payment = em.find(Payment.class, paymentKey, LockModeType.PESSIMISTIC_WRITE);
        if (payment.status() == PaymentStatus.WAITING_FOR_DEPOSIT) {
            payment.expire(clock.instant());
            events.statusChanged(PaymentView.of(payment));
        }
    }

}
