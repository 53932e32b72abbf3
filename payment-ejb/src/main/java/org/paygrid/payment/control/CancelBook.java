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
import org.paygrid.idempotency.boundary.IdempotencyKeys;
import org.paygrid.idempotency.entity.RetryKey;
import org.paygrid.ledger.boundary.Ledger;
import org.paygrid.payment.boundary.PaymentView;
import org.paygrid.payment.entity.Payment;
import org.paygrid.payment.entity.PaymentTransaction;
import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.payment.entity.RefundReceiveAccount;
import org.paygrid.payment.entity.VirtualAccount;
import org.paygrid.shared.Mode;
import org.paygrid.shared.error.RequestChecks;
import org.paygrid.shared.id.RandomTokens;
import org.paygrid.shared.money.Money;

/**
 * The cancels of payments: booked under the payment's row lock with their journal entry (the balance can never go
 * below zero), confirmed when the network has heard of them, and found again for the reconciler to re-send.
 */
@Stateless
public class CancelBook {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    Ledger ledger;

    /** Every status change writes its event in the same transaction (contract section 7). */
    @EJB
    PaymentEvents events;

    /** A booked cancel with what the network needs to hear of it; callers add their conditions after "and". */
    private static final String BOOKED_CANCELS = "select new org.paygrid.payment.control.BookedCancel(c.paymentKey, "
            + "p.method, p.networkReference, c.transactionKey, c.amount, c.refundReceiveAccount.bankCode, "
            + "c.refundReceiveAccount.accountNumber, c.refundReceiveAccount.holderName) "
            + "from PaymentTransaction c, Payment p where p.paymentKey = c.paymentKey "
            + "and c.kind = org.paygrid.payment.entity.TransactionKind.CANCEL ";

    /**
     * Books a cancel under the payment's row lock, so concurrent cancels are serialised and the balance can never
     * go below zero; the journal entry reverses the cancelled part. The network is told afterwards.
     */
    public BookedCancel bookCancel(Mode mode, String merchantId, String paymentKey, Long requestedAmount,
                                   long taxFreeAmount, String reason, RefundReceiveAccount refundAccount,
                                   RetryKey retryKey, StaffCancel staff) {
        Payment payment = PaymentQueries.owned(em.find(Payment.class, paymentKey, LockModeType.PESSIMISTIC_WRITE), mode, merchantId,
                paymentKey);
        if (retryKey != null) {
            // a retry of a cancel whose request died after booking it: the same cancel, not a second one
            List<BookedCancel> earlier = em.createQuery(BOOKED_CANCELS
                            + "and c.paymentKey = :key and c.idempotencyKeyHash = :retry and c.requestedAt >= :since",
                            BookedCancel.class)
                    .setParameter("key", paymentKey).setParameter("retry", retryKey.hash())
                    .setParameter("since", clock.instant().minus(IdempotencyKeys.RETENTION)).getResultList();
            if (!earlier.isEmpty()) {
                return earlier.get(0);
            }
        }
        long amount = payment.requireCancelable(requestedAmount, taxFreeAmount);
        boolean virtualAccount = payment.method() == PaymentMethod.VIRTUAL_ACCOUNT;
        if (virtualAccount && refundAccount == null) {
            throw RequestChecks.invalid("refundReceiveAccount",
                    "a deposited virtual account is refunded to the customer's account: bank, accountNumber, holderName");
        }
        Instant now = clock.instant();
        boolean alone = staff != null && staff.alone() != null;
        RefundsMadeAlone today = null;
        if (alone) {
            // under the payment's lock (concurrent refunds of one payment cannot each pass the limit) and the staff
            // member's day (nor can refunds of different payments each pass the daily total); always in that order
            today = RefundsMadeAlone.lockToday(em, staff.staff(), now);
            staff.alone().approvalNeeded(amount, payment.totalAmount() - payment.balanceAmount(), today.won(),
                    virtualAccount)
                    .ifPresent(why -> {
                        throw new RefundApprovalRequired(why);
                    });
        }
        String transactionKey = RandomTokens.prefixed("txn", 24);
        PaymentTransaction cancel = payment.cancel(transactionKey, amount, taxFreeAmount, reason, now);
        // all of the cancel is set before anything may flush it: its columns are written once, on insert
        RefundReceiveAccount refundTo = virtualAccount ? refundAccount : null;
        cancel.refundTo(refundTo);
        cancel.requestedBy(retryKey);
        if (alone) {
            cancel.refundedAloneBy(staff.staff());
        }
        em.persist(cancel);
        if (alone) {
            today.add(amount);
        }
        if (virtualAccount) {
            payment.refundStatus(VirtualAccount.RefundStatus.PENDING);
        }
        ledger.cancel(transactionKey, paymentKey, payment.mode(), Receivables.of(payment.method()),
                payment.merchantId(), Money.of(amount, payment.currency()), "cancel: " + reason, now);
        events.statusChanged(PaymentView.of(payment));
        return new BookedCancel(paymentKey, payment.method(), payment.networkReference(), transactionKey, amount,
                refundTo);
    }

    /** The network confirmed the cancel: nothing left to retry. */
    public void confirmNetworkCancel(String transactionKey) {
        String paymentKey = em.createQuery("select c.paymentKey from PaymentTransaction c where c.transactionKey = :key",
                String.class).setParameter("key", transactionKey).getSingleResult();
        Payment payment = em.find(Payment.class, paymentKey, LockModeType.PESSIMISTIC_WRITE);
        payment.cancelConfirmed(transactionKey, clock.instant());
    }

    /** Cancels booked here that the network has not confirmed yet. */
    public List<BookedCancel> unconfirmedCancels(Instant before) {
        return em.createQuery(BOOKED_CANCELS + "and c.status = org.paygrid.payment.entity.TransactionStatus.PENDING "
                        + "and c.requestedAt < :before order by c.requestedAt", BookedCancel.class)
                .setParameter("before", before).setMaxResults(100).getResultList();
    }

}
