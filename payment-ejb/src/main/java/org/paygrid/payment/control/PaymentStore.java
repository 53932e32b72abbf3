package org.paygrid.payment.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.paygrid.fds.boundary.Screen;
import org.paygrid.fds.boundary.ScreeningFacts;
import org.paygrid.fds.boundary.ScreeningResult;
import org.paygrid.ledger.boundary.Ledger;
import org.paygrid.network.entity.Channel;
import org.paygrid.network.boundary.PaymentNetwork.AccountInstrument;
import org.paygrid.network.boundary.PaymentNetwork.Approved;
import org.paygrid.network.boundary.PaymentNetwork.AuthorizationOutcome;
import org.paygrid.network.boundary.PaymentNetwork.CardInstrument;
import org.paygrid.network.boundary.PaymentNetwork.Declined;
import org.paygrid.network.boundary.PaymentNetwork.Failed;
import org.paygrid.network.boundary.PaymentNetwork;
import org.paygrid.network.boundary.PaymentNetwork.Unknown;
import org.paygrid.payment.boundary.PaymentView;
import org.paygrid.payment.entity.CardApproval;
import org.paygrid.payment.entity.Payment;
import org.paygrid.payment.entity.PaymentTransaction;
import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.payment.entity.PaymentStatus;
import org.paygrid.payment.entity.VaultedCard;
import org.paygrid.shared.Mode;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;
import org.paygrid.shared.id.RandomTokens;
import org.paygrid.shared.logging.Log;

/**
 * The short database transactions of a payment's authorization, each one a method: create it, open the attempt,
 * record the network's answer with its journal entry, expire or abandon it. Network calls happen between them,
 * never inside. Cancels are {@link CancelBook}'s, virtual accounts {@link VirtualAccountStore}'s, reads
 * {@link PaymentQueries}'.
 */
@Stateless
public class PaymentStore {

    private static final Log LOG = Log.of(PaymentStore.class);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    Ledger ledger;

    @Inject
    CardVault vault;

    /** Every status change writes its event in the same transaction (contract section 7). */
    @EJB
    PaymentEvents events;

    /** Fraud detection: every charge is screened before the network is called (contract section 11). */
    @EJB
    Screen screen;

    /** Creates a READY payment for the payment window. */
    public Payment create(Payment payment) {
        persistNew(payment);
        return payment;
    }

    /**
     * The customer entered a card in the window: the payment moves to IN_PROGRESS and the card is sealed in the
     * vault until the merchant confirms (or the payment expires).
     */
    public Payment authenticateInWindow(String paymentKey, String networkReference, CardVault.Card card, String masked,
                                        String customerIp) {
        Payment payment = em.find(Payment.class, paymentKey, LockModeType.PESSIMISTIC_WRITE);
        if (payment == null) {
            throw PaymentQueries.notFound(paymentKey);
        }
        if (payment.status() != PaymentStatus.READY) {
            throw new PaygridException(ErrorCode.NOT_CONFIRMABLE_PAYMENT, "This payment is " + payment.status());
        }
        Instant now = clock.instant();
        payment.startAuthorization(networkReference, masked, card.installmentMonths(), now);
        payment.customerFrom(customerIp);
        em.persist(vault.seal(paymentKey, card, now));
        return payment;
    }

    /**
     * The customer chose a wallet, bank account or phone line in the window and authenticated there: the payment
     * moves to IN_PROGRESS and waits for the merchant's confirm, which asks the provider to approve.
     */
    public Payment authenticateWithProvider(String paymentKey, PaymentMethod method, String networkReference,
                                            String provider, String customerId, String customerIp) {
        Payment payment = em.find(Payment.class, paymentKey, LockModeType.PESSIMISTIC_WRITE);
        if (payment == null) {
            throw PaymentQueries.notFound(paymentKey);
        }
        if (payment.status() != PaymentStatus.READY) {
            throw new PaygridException(ErrorCode.NOT_CONFIRMABLE_PAYMENT, "This payment is " + payment.status());
        }
        payment.startProviderAuthorization(method, networkReference, provider, customerId, clock.instant());
        payment.customerFrom(customerIp);
        return payment;
    }

    /**
     * The merchant's confirm: checks the order and the amount, claims the payment so that only one confirm ever
     * reaches the network, and hands back the sealed card for the authorization.
     */
    public ConfirmAttempt claimConfirm(Mode mode, String merchantId, String paymentKey, String orderId, long amount) {
        Payment payment = PaymentQueries.owned(em.find(Payment.class, paymentKey, LockModeType.PESSIMISTIC_WRITE), mode, merchantId,
                paymentKey);
        if (!payment.orderId().equals(orderId)) {
            throw PaymentQueries.notFound(paymentKey);
        }
        switch (payment.status()) {
            case DONE, PARTIAL_CANCELED, CANCELED, WAITING_FOR_DEPOSIT ->
                    throw new PaygridException(ErrorCode.ALREADY_PROCESSED_PAYMENT, "The payment is already " + payment.status());
            case READY, ABORTED, EXPIRED -> throw new PaygridException(ErrorCode.NOT_CONFIRMABLE_PAYMENT,
                    "A payment in status " + payment.status() + " cannot be confirmed");
            case IN_PROGRESS -> { }
        }
        if (payment.totalAmount() != amount) {
            throw new PaygridException(ErrorCode.AMOUNT_MISMATCH,
                    "amount " + amount + " differs from the payment's amount " + payment.totalAmount());
        }
        boolean card = payment.method() == PaymentMethod.CARD;
        VaultedCard sealed = card ? em.find(VaultedCard.class, paymentKey) : null;
        if (card && sealed == null || payment.authorizationStarted()) {
            throw new PaygridException(ErrorCode.ALREADY_PROCESSED_PAYMENT, "The payment is already being confirmed");
        }
        CardVault.Card opened = card ? vault.open(paymentKey, sealed.sealed()) : null;
        Instant now = clock.instant();
        if (!screened(payment, opened == null ? null : opened.digits(), now)) {
            discardCard(paymentKey);
            return ConfirmAttempt.blocked(paymentKey);
        }
        em.persist(payment.authorize(RandomTokens.prefixed("txn", 24), now));
        if (!card) {
            return new ConfirmAttempt(paymentKey, payment.networkReference(), new AccountInstrument(
                    Channel.valueOf(payment.method().name()), payment.provider(), payment.providerCustomer()));
        }
        return new ConfirmAttempt(paymentKey, payment.networkReference(), new CardInstrument(opened.digits(),
                opened.expiry().getYear(), opened.expiry().getMonthValue(), opened.installmentMonths()));
    }

    /**
     * Screens the payment about to be sent (contract section 11) and records the decision on it. A BLOCK aborts it
     * with FDS_ERROR and its event, and answers false: the network must not be called.
     */
    private boolean screened(Payment payment, String cardDigits, Instant now) {
        ScreeningResult result = screen.screen(new ScreeningFacts(payment.paymentKey(), payment.merchantId(),
                payment.mode(), payment.method().name(), payment.totalAmount(), cardDigits, payment.customerEmail(),
                payment.customerIp(), now));
        payment.screened(result.decision(), result.rules(), now);
        if (payment.status() == PaymentStatus.ABORTED) {
            events.statusChanged(PaymentView.of(payment));
            return false;
        }
        return true;
    }

    /** READY and IN_PROGRESS payments nobody confirmed by {@code deadline} expire; their cards leave the vault. */
    public int expireOverdue(Instant deadline) {
        List<Payment> overdue = em.createQuery("select p from Payment p where p.status in "
                        + "(org.paygrid.payment.entity.PaymentStatus.READY, org.paygrid.payment.entity.PaymentStatus.IN_PROGRESS) "
                        + "and not exists (select t from PaymentTransaction t where t.paymentKey = p.paymentKey) "
                        + "and p.requestedAt < :deadline",
                        Payment.class)
                .setParameter("deadline", deadline).setMaxResults(500)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        Instant now = clock.instant();
        for (Payment payment : overdue) {
            payment.expire(now);
            discardCard(payment.paymentKey());
            events.statusChanged(PaymentView.of(payment));
        }
        return overdue.size();
    }

    /**
     * Creates the payment and moves it to IN_PROGRESS with the network reference it is about to use, once fraud
     * detection let it through; a blocked one is stored ABORTED (FDS_ERROR) and must not reach the network.
     */
    public Payment openCardAttempt(Payment payment, String networkReference, String maskedCard, int installments,
                                   String cardDigits) {
        Instant now = clock.instant();
        payment.startAuthorization(networkReference, maskedCard, installments, now);
        if (screened(payment, cardDigits, now)) {
            // this call goes to the network now: if the server dies, the reconciler asks about the open authorization
            payment.authorize(RandomTokens.prefixed("txn", 24), now);
        }
        persistNew(payment);
        return payment;
    }

    /**
     * Writes the new payment now: a second payment of the same order is refused by the database's unique key
     * (merchant, mode, orderId), which no earlier statement asks about (one SELECT less on every approval) and
     * which also decides two requests racing with the same orderId. The insert runs at the persist already when
     * the payment brings its first transaction (whose key the database generates), else at the flush.
     */
    private void persistNew(Payment payment) {
        try {
            em.persist(payment);
            em.flush();
        } catch (PersistenceException orderIdTaken) {
            throw duplicateOrderId(payment.orderId());
        }
    }

    /**
     * The payment with its transactions, read in one statement under its row lock (MariaDB locks the joined
     * transactions' rows too; whoever changes them holds the payment's lock first anyway).
     */
    private Payment lockedWithTransactions(String paymentKey) {
        return em.createQuery("select p from Payment p left join fetch p.transactions where p.paymentKey = :k",
                        Payment.class)
                .setParameter("k", paymentKey).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().findFirst().orElse(null);   // a list: the statement is released at once
    }

    private void discardCard(String paymentKey) {
        VaultedCard sealed = em.find(VaultedCard.class, paymentKey);
        if (sealed != null) {
            em.remove(sealed);
        }
    }

    /**
     * Records what the network answered. Approval books the sale in the ledger in the same transaction.
     * A payment no longer IN_PROGRESS was settled by someone else (the reconciler): it is returned as it is.
     */
    public PaymentView recordOutcome(String paymentKey, AuthorizationOutcome outcome) {
        Payment payment = lockedWithTransactions(paymentKey);
        Instant now = clock.instant();
        if (payment.status() == PaymentStatus.IN_PROGRESS) {
            if (outcome instanceof Approved a) {
                if (payment.method() == PaymentMethod.CARD) {
                    payment.approve(new CardApproval(payment.cardNumberMasked(), a.issuerCode(), a.acquirerCode(),
                            a.cardType(), a.installmentMonths(), a.interestFree(), a.approveNo()), now);
                } else {
                    payment.approveByProvider(a.approveNo(), now);
                }
                Receivables.bookSale(ledger, payment, payment.method() + " approval " + a.approveNo(), now);
            } else if (outcome instanceof Declined d) {
                payment.abort(d.code(), d.message(), now);
            } else if (outcome instanceof Failed f) {
                payment.abort(f.code(), f.message(), now);
            } else if (outcome instanceof Unknown || outcome instanceof PaymentNetwork.NotReceived) {
                payment.answerUnknown(now);
            }
            if (payment.status() != PaymentStatus.IN_PROGRESS) {
                if (payment.mayHoldSealedCard()) {
                    discardCard(paymentKey);
                }
                events.statusChanged(PaymentView.of(payment));
            }
        } else if (outcome instanceof Approved late && payment.approveNo() == null) {
            // cannot happen while attempts are given up only by reversal; if it does, the customer is charged for
            // a payment that failed here, and operations must cancel it at the network
            LOG.severe(() -> "the network approved " + payment.networkReference() + " (approval " + late.approveNo()
                    + ") of payment " + paymentKey + ", which is " + payment.status() + " here");
        }
        return PaymentView.of(payment);
    }

    /**
     * A page of authorizations whose answer is not known, oldest first: UNKNOWN after a timeout and sent before
     * {@code before}, or still PENDING since before {@code orphanedBefore}, which only happens when the server died
     * mid-call. The page starts after the authorization {@code afterId} (0: from the start): those the network does
     * not know yet stay open, and the next page must not be them again.
     */
    public List<OpenAuthorization> unknownOutcomes(Instant before, Instant orphanedBefore, long afterId) {
        return em.createQuery("select new org.paygrid.payment.control.OpenAuthorization(t.id, t.paymentKey, "
                        + "t.requestedAt) from PaymentTransaction t "
                        + "where t.kind = org.paygrid.payment.entity.TransactionKind.AUTHORIZATION and t.id > :after "
                        + "and ((t.status = org.paygrid.payment.entity.TransactionStatus.UNKNOWN and t.requestedAt < :before) "
                        + "or (t.status = org.paygrid.payment.entity.TransactionStatus.PENDING and t.requestedAt < :orphaned)) "
                        + "order by t.id", OpenAuthorization.class)
                .setParameter("after", afterId).setParameter("before", before).setParameter("orphaned", orphanedBefore)
                .setMaxResults(100).getResultList();
    }

    private static PaygridException duplicateOrderId(String orderId) {
        return new PaygridException(ErrorCode.DUPLICATED_ORDER_ID, "orderId " + orderId + " is already used");
    }
}
