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
import java.util.Optional;
import org.paygrid.idempotency.IdempotencyKeys;
import org.paygrid.idempotency.RetryKey;
import org.paygrid.ledger.boundary.Ledger;
import org.paygrid.network.BankNetwork;
import org.paygrid.network.Channel;
import org.paygrid.network.PaymentNetwork.AccountInstrument;
import org.paygrid.network.PaymentNetwork.Approved;
import org.paygrid.network.PaymentNetwork.AuthorizationOutcome;
import org.paygrid.network.PaymentNetwork.CardInstrument;
import org.paygrid.network.PaymentNetwork.Declined;
import org.paygrid.network.PaymentNetwork.Failed;
import org.paygrid.network.PaymentNetwork.Unknown;
import org.paygrid.payment.boundary.PaymentPage;
import org.paygrid.payment.boundary.PaymentView;
import org.paygrid.payment.entity.CardApproval;
import org.paygrid.payment.entity.Payment;
import org.paygrid.payment.entity.PaymentCancel;
import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.payment.entity.PaymentStatus;
import org.paygrid.payment.entity.RefundReceiveAccount;
import org.paygrid.payment.entity.VaultedCard;
import org.paygrid.payment.entity.VirtualAccount;
import org.paygrid.shared.Mode;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;
import org.paygrid.shared.error.RequestChecks;
import org.paygrid.shared.id.RandomTokens;
import org.paygrid.shared.money.Money;

/**
 * The short database transactions of a payment's life, each one a method: open an attempt, record the network's
 * answer with its journal entry, book a cancel. Network calls happen between them, never inside.
 */
@Stateless
public class PaymentStore {

    /** A booked cancel with what the network needs to hear of it; callers add their conditions after "and". */
    private static final String BOOKED_CANCELS = "select new org.paygrid.payment.control.BookedCancel(c.paymentKey, "
            + "p.method, p.networkReference, c.transactionKey, c.cancelAmount, c.refundReceiveAccount.bankCode, "
            + "c.refundReceiveAccount.accountNumber, c.refundReceiveAccount.holderName) "
            + "from PaymentCancel c, Payment p where p.paymentKey = c.paymentKey ";

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

    /** Creates a READY payment for the payment window. */
    public Payment create(Payment payment) {
        requireNewOrderId(payment);
        em.persist(payment);
        flushOrDuplicate(payment);
        return payment;
    }

    /**
     * The customer entered a card in the window: the payment moves to IN_PROGRESS and the card is sealed in the
     * vault until the merchant confirms (or the payment expires).
     */
    public Payment authenticateInWindow(String paymentKey, String networkReference, CardVault.Card card, String masked) {
        Payment payment = em.find(Payment.class, paymentKey, LockModeType.PESSIMISTIC_WRITE);
        if (payment == null) {
            throw notFound(paymentKey);
        }
        if (payment.status() != PaymentStatus.READY) {
            throw new PaygridException(ErrorCode.NOT_CONFIRMABLE_PAYMENT, "This payment is " + payment.status());
        }
        Instant now = clock.instant();
        payment.startAuthorization(networkReference, masked, card.installmentMonths(), now);
        em.persist(vault.seal(paymentKey, card, now));
        return payment;
    }

    /**
     * The customer chose a wallet, bank account or phone line in the window and authenticated there: the payment
     * moves to IN_PROGRESS and waits for the merchant's confirm, which asks the provider to approve.
     */
    public Payment authenticateWithProvider(String paymentKey, PaymentMethod method, String networkReference,
                                            String provider, String customerId) {
        Payment payment = em.find(Payment.class, paymentKey, LockModeType.PESSIMISTIC_WRITE);
        if (payment == null) {
            throw notFound(paymentKey);
        }
        if (payment.status() != PaymentStatus.READY) {
            throw new PaygridException(ErrorCode.NOT_CONFIRMABLE_PAYMENT, "This payment is " + payment.status());
        }
        payment.startProviderAuthorization(method, networkReference, provider, customerId, clock.instant());
        return payment;
    }

    /**
     * The merchant's confirm: checks the order and the amount, claims the payment so that only one confirm ever
     * reaches the network, and hands back the sealed card for the authorization.
     */
    public ConfirmAttempt claimConfirm(Mode mode, String merchantId, String paymentKey, String orderId, long amount) {
        Payment payment = owned(em.find(Payment.class, paymentKey, LockModeType.PESSIMISTIC_WRITE), mode, merchantId,
                paymentKey);
        if (!payment.orderId().equals(orderId)) {
            throw notFound(paymentKey);
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
        if (card && sealed == null || !payment.claimConfirm(clock.instant())) {
            throw new PaygridException(ErrorCode.ALREADY_PROCESSED_PAYMENT, "The payment is already being confirmed");
        }
        if (!card) {
            return new ConfirmAttempt(paymentKey, payment.networkReference(), new AccountInstrument(
                    Channel.valueOf(payment.method().name()), payment.provider(), payment.providerCustomer()));
        }
        CardVault.Card opened = vault.open(paymentKey, sealed.sealed());
        return new ConfirmAttempt(paymentKey, payment.networkReference(), new CardInstrument(opened.digits(),
                opened.expiry().getYear(), opened.expiry().getMonthValue(), opened.installmentMonths()));
    }

    /** READY and IN_PROGRESS payments nobody confirmed by {@code deadline} expire; their cards leave the vault. */
    public int expireOverdue(Instant deadline) {
        List<Payment> overdue = em.createQuery("select p from Payment p where p.status in "
                        + "(org.paygrid.payment.entity.PaymentStatus.READY, org.paygrid.payment.entity.PaymentStatus.IN_PROGRESS) "
                        + "and p.confirmClaimedAt is null and p.outcomeUnknown = false and p.requestedAt < :deadline",
                        Payment.class)
                .setParameter("deadline", deadline).setMaxResults(500)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        Instant now = clock.instant();
        for (Payment payment : overdue) {
            payment.expire(now);
            discardCard(payment.paymentKey());
            events.statusChanged(view(payment));
        }
        return overdue.size();
    }

    /** Creates the payment and moves it to IN_PROGRESS with the network reference it is about to use. */
    public Payment openCardAttempt(Payment payment, String networkReference, String maskedCard, int installments) {
        requireNewOrderId(payment);
        Instant now = clock.instant();
        payment.startAuthorization(networkReference, maskedCard, installments, now);
        payment.claimConfirm(now);   // this call goes to the network now: if the server dies, the reconciler asks
        em.persist(payment);
        flushOrDuplicate(payment);
        return payment;
    }

    private void requireNewOrderId(Payment payment) {
        if (!em.createQuery("select p.paymentKey from Payment p where p.merchantId = :m and p.mode = :mode "
                        + "and p.orderId = :o", String.class)
                .setParameter("m", payment.merchantId()).setParameter("mode", payment.mode())
                .setParameter("o", payment.orderId()).getResultList().isEmpty()) {
            throw duplicateOrderId(payment.orderId());
        }
    }

    private void flushOrDuplicate(Payment payment) {
        try {
            em.flush();
        } catch (PersistenceException raceOnTheSameOrderId) {
            throw duplicateOrderId(payment.orderId());
        }
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
        Payment payment = em.find(Payment.class, paymentKey, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (payment.status() == PaymentStatus.IN_PROGRESS) {
            if (outcome instanceof Approved a) {
                if (payment.method() == PaymentMethod.CARD) {
                    payment.approve(new CardApproval(payment.cardNumberMasked(), a.issuerCode(), a.acquirerCode(),
                            a.cardType(), a.installmentMonths(), a.interestFree(), a.approveNo()), now);
                } else {
                    payment.approveByProvider(a.approveNo(), now);
                }
                postApproval(payment, payment.method() + " approval " + a.approveNo(), now);
            } else if (outcome instanceof Declined d) {
                payment.abort(d.code(), d.message(), now);
            } else if (outcome instanceof Failed f) {
                payment.abort(f.code(), f.message(), now);
            } else if (outcome instanceof Unknown) {
                payment.markOutcomeUnknown(now);
            }
            if (payment.status() != PaymentStatus.IN_PROGRESS) {
                discardCard(paymentKey);
                events.statusChanged(view(payment));
            }
        }
        return view(payment);
    }

    /** The sale in the ledger, against whoever holds the money for this method. */
    private void postApproval(Payment payment, String description, Instant now) {
        ledger.approval(payment.paymentKey(), payment.mode(), Receivables.of(payment.method()), payment.merchantId(),
                Money.of(payment.totalAmount(), payment.currency()), description, now);
    }

    /** The bank opened the account: the payment waits for the customer's deposit. */
    public PaymentView recordAccountOpened(String paymentKey, String reference, BankNetwork.Account account,
                                           String customerName) {
        Payment payment = em.find(Payment.class, paymentKey, LockModeType.PESSIMISTIC_WRITE);
        if (payment.status() == PaymentStatus.READY) {
            payment.awaitDeposit(reference, new VirtualAccount(account.bankCode(), account.accountNumber(),
                    customerName, account.dueAt(), VirtualAccount.RefundStatus.NONE), clock.instant());
            events.statusChanged(view(payment));
        }
        return view(payment);
    }

    /** The bank opened no account: the payment can never be paid. */
    public void failOpening(String paymentKey, String code, String message) {
        Payment payment = em.find(Payment.class, paymentKey, LockModeType.PESSIMISTIC_WRITE);
        if (payment.status() == PaymentStatus.READY) {
            payment.expireUnpaid(code, message, clock.instant());
            events.statusChanged(view(payment));
        }
    }

    /**
     * The customer's deposit: the payment is DONE and the sale booked, in one transaction. The bank's deposit id
     * is unique here, so a second notice of the same deposit (or a late one) changes nothing.
     */
    public PaymentView recordDeposit(String paymentKey, String depositId, Instant depositedAt) {
        Payment payment = em.find(Payment.class, paymentKey, LockModeType.PESSIMISTIC_WRITE);
        if (payment.status() == PaymentStatus.WAITING_FOR_DEPOSIT) {
            payment.deposited(depositId, depositedAt);
            postApproval(payment, "virtual account deposit " + depositId, clock.instant());
            PaymentView paid = view(payment);
            events.depositCallback(paid);
            events.statusChanged(paid);
        }
        return view(payment);
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
            events.statusChanged(view(payment));
        }
    }

    /** Aborts an attempt the network never received (the reconciler's last word on an unknown outcome). */
    public PaymentView abandon(String paymentKey, String message) {
        Payment payment = em.find(Payment.class, paymentKey, LockModeType.PESSIMISTIC_WRITE);
        if (payment.status() == PaymentStatus.IN_PROGRESS) {
            payment.abort(ErrorCode.ACQUIRER_TIMEOUT.name(), message, clock.instant());
            discardCard(paymentKey);
            events.statusChanged(view(payment));
        }
        return view(payment);
    }

    /**
     * Books a cancel under the payment's row lock, so concurrent cancels are serialised and the balance can never
     * go below zero; the journal entry reverses the cancelled part. The network is told afterwards.
     */
    public BookedCancel bookCancel(Mode mode, String merchantId, String paymentKey, Long requestedAmount,
                                   long taxFreeAmount, String reason, RefundReceiveAccount refundAccount,
                                   RetryKey retryKey, StaffCancel staff) {
        Payment payment = owned(em.find(Payment.class, paymentKey, LockModeType.PESSIMISTIC_WRITE), mode, merchantId,
                paymentKey);
        if (retryKey != null) {
            // a retry of a cancel whose request died after booking it: the same cancel, not a second one
            List<BookedCancel> earlier = em.createQuery(BOOKED_CANCELS
                            + "and c.paymentKey = :key and c.idempotencyKeyHash = :retry and c.canceledAt >= :since",
                            BookedCancel.class)
                    .setParameter("key", paymentKey).setParameter("retry", retryKey.hash())
                    .setParameter("since", clock.instant().minus(IdempotencyKeys.RETENTION)).getResultList();
            if (!earlier.isEmpty()) {
                return earlier.get(0);
            }
        }
        if (payment.status() == PaymentStatus.CANCELED) {
            throw new PaygridException(ErrorCode.ALREADY_CANCELED_PAYMENT, "The payment is already fully canceled");
        }
        if (!payment.status().isCancelable()) {
            throw new PaygridException(ErrorCode.NOT_CANCELABLE_PAYMENT,
                    "A payment in status " + payment.status() + " cannot be canceled");
        }
        long amount = requestedAmount == null ? payment.balanceAmount() : requestedAmount;
        if (amount > payment.balanceAmount()) {
            throw new PaygridException(ErrorCode.NOT_CANCELABLE_AMOUNT,
                    "cancelAmount " + amount + " exceeds the cancelable balance " + payment.balanceAmount());
        }
        if (taxFreeAmount > amount) {
            throw new PaygridException(ErrorCode.INVALID_REQUEST, "taxFreeAmount: must not exceed the cancel amount");
        }
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
        PaymentCancel cancel = payment.cancel(transactionKey, amount, taxFreeAmount, reason, now);
        if (alone) {
            cancel.refundedAloneBy(staff.staff());
            today.add(amount);
        }
        RefundReceiveAccount refundTo = virtualAccount ? refundAccount : null;
        cancel.refundTo(refundTo);
        cancel.requestedBy(retryKey);
        if (virtualAccount) {
            payment.refundStatus(VirtualAccount.RefundStatus.PENDING);
        }
        em.persist(cancel);
        ledger.cancel(transactionKey, paymentKey, payment.mode(), Receivables.of(payment.method()),
                payment.merchantId(), Money.of(amount, payment.currency()), "cancel: " + reason, now);
        events.statusChanged(view(payment));
        return new BookedCancel(paymentKey, payment.method(), payment.networkReference(), transactionKey, amount,
                refundTo);
    }

    /** The network confirmed the cancel: nothing left to retry. */
    public void confirmNetworkCancel(String transactionKey) {
        int confirmed = em.createQuery("update PaymentCancel c set c.networkConfirmedAt = :now "
                        + "where c.transactionKey = :key and c.networkConfirmedAt is null")
                .setParameter("now", clock.instant()).setParameter("key", transactionKey).executeUpdate();
        if (confirmed == 1) {
            markRefundsCompleted(transactionKey);
        }
    }

    /** A virtual account's refund status follows the bank: completed once every refund is confirmed. */
    private void markRefundsCompleted(String transactionKey) {
        PaymentCancel cancel = em.createQuery("select c from PaymentCancel c where c.transactionKey = :key",
                PaymentCancel.class).setParameter("key", transactionKey).getSingleResult();
        if (cancel.refundReceiveAccount() == null) {
            return;
        }
        Payment payment = em.find(Payment.class, cancel.paymentKey(), LockModeType.PESSIMISTIC_WRITE);
        long open = em.createQuery("select count(c) from PaymentCancel c where c.paymentKey = :key "
                        + "and c.networkConfirmedAt is null", Long.class)
                .setParameter("key", payment.paymentKey()).getSingleResult();
        if (open == 0) {
            payment.refundStatus(payment.status() == PaymentStatus.CANCELED ? VirtualAccount.RefundStatus.COMPLETED
                    : VirtualAccount.RefundStatus.PARTIAL_COMPLETED);
        }
    }

    public PaymentView find(Mode mode, String merchantId, String paymentKey) {
        return view(owned(em.find(Payment.class, paymentKey), mode, merchantId, paymentKey));
    }

    /** Staff and background jobs: any payment, whoever it belongs to. */
    public PaymentView load(String paymentKey) {
        Payment payment = em.find(Payment.class, paymentKey);
        if (payment == null) {
            throw notFound(paymentKey);
        }
        return view(payment);
    }

    /** The payment a request with this Idempotency-Key created within the key's 15 days, if one did. */
    public Optional<PaymentView> findCreatedBy(Mode mode, String merchantId, RetryKey retryKey) {
        return em.createQuery("select p from Payment p where p.merchantId = :m and p.mode = :mode "
                        + "and p.idempotencyKeyHash = :retry and p.requestedAt >= :since order by p.requestedAt desc",
                        Payment.class)
                .setParameter("m", merchantId).setParameter("mode", mode).setParameter("retry", retryKey.hash())
                .setParameter("since", clock.instant().minus(IdempotencyKeys.RETENTION)).setMaxResults(1)
                .getResultStream().findFirst().map(this::view);
    }

    public PaymentView findByOrderId(Mode mode, String merchantId, String orderId) {
        List<Payment> found = em.createQuery("select p from Payment p where p.merchantId = :m and p.mode = :mode "
                        + "and p.orderId = :o", Payment.class)
                .setParameter("m", merchantId).setParameter("mode", mode).setParameter("o", orderId).getResultList();
        if (found.isEmpty()) {
            throw new PaygridException(ErrorCode.NOT_FOUND_PAYMENT, "No payment with orderId " + orderId);
        }
        return view(found.get(0));
    }

    /** A page of the merchant's payments in one mode, newest first. */
    public PaymentPage list(Mode mode, String merchantId, PaymentListQuery query) {
        StringBuilder jpql = new StringBuilder("select p from Payment p where p.merchantId = :m and p.mode = :mode");
        if (query.from() != null) {
            jpql.append(" and p.requestedAt >= :from");
        }
        if (query.to() != null) {
            jpql.append(" and p.requestedAt < :to");
        }
        if (query.status() != null) {
            jpql.append(" and p.status = :status");
        }
        if (query.afterTime() != null) {
            jpql.append(" and (p.requestedAt < :afterTime or (p.requestedAt = :afterTime and p.paymentKey < :afterKey))");
        }
        jpql.append(" order by p.requestedAt desc, p.paymentKey desc");
        var select = em.createQuery(jpql.toString(), Payment.class)
                .setParameter("m", merchantId).setParameter("mode", mode).setMaxResults(query.limit() + 1);
        if (query.from() != null) {
            select.setParameter("from", query.from());
        }
        if (query.to() != null) {
            select.setParameter("to", query.to());
        }
        if (query.status() != null) {
            select.setParameter("status", query.status());
        }
        if (query.afterTime() != null) {
            select.setParameter("afterTime", query.afterTime()).setParameter("afterKey", query.afterKey());
        }
        List<Payment> found = select.getResultList();
        List<Payment> page = found.subList(0, Math.min(found.size(), query.limit()));
        Payment last = page.isEmpty() ? null : page.get(page.size() - 1);
        String next = found.size() > query.limit() ? PaymentListQuery.cursorAfter(last.requestedAt(), last.paymentKey()) : null;
        return new PaymentPage(page.stream().map(this::view).toList(), next);
    }

    /**
     * A page of payments whose network outcome is not known, oldest first: marked unknown after a timeout and
     * requested before {@code before}, or claimed for the network before {@code orphanedBefore} and still
     * IN_PROGRESS, which only happens when the server died mid-call. The page starts after {@code after} (the last
     * one of the page before, or null): those the network does not know yet stay open, and the next page must not
     * be them again.
     */
    public List<String> unknownOutcomes(Instant before, Instant orphanedBefore, String after) {
        String older = after == null ? "" : " and (p.requestedAt > :afterAt or (p.requestedAt = :afterAt "
                + "and p.paymentKey > :afterKey))";
        var query = em.createQuery("select p.paymentKey from Payment p "
                        + "where p.status = org.paygrid.payment.entity.PaymentStatus.IN_PROGRESS "
                        + "and ((p.outcomeUnknown = true and p.requestedAt < :before) or p.confirmClaimedAt < :orphaned)"
                        + older + " order by p.requestedAt, p.paymentKey", String.class)
                .setParameter("before", before).setParameter("orphaned", orphanedBefore);
        if (after != null) {
            query.setParameter("afterAt", em.find(Payment.class, after).requestedAt()).setParameter("afterKey", after);
        }
        return query.setMaxResults(100).getResultList();
    }

    /** Cancels booked here that the network has not confirmed yet. */
    public List<BookedCancel> unconfirmedCancels(Instant before) {
        return em.createQuery(BOOKED_CANCELS + "and c.networkConfirmedAt is null and c.canceledAt < :before "
                        + "order by c.canceledAt", BookedCancel.class)
                .setParameter("before", before).setMaxResults(100).getResultList();
    }

    private PaymentView view(Payment payment) {
        List<PaymentCancel> cancels = em.createQuery("select c from PaymentCancel c where c.paymentKey = :key "
                        + "order by c.canceledAt, c.transactionKey", PaymentCancel.class)
                .setParameter("key", payment.paymentKey()).getResultList();
        return new PaymentView(payment, cancels);
    }

    private static PaygridException duplicateOrderId(String orderId) {
        return new PaygridException(ErrorCode.DUPLICATED_ORDER_ID, "orderId " + orderId + " is already used");
    }

    /** Another merchant's or the other mode's payment answers as if it did not exist: existence is not leaked. */
    private static Payment owned(Payment payment, Mode mode, String merchantId, String paymentKey) {
        if (payment == null || !payment.merchantId().equals(merchantId) || payment.mode() != mode) {
            throw notFound(paymentKey);
        }
        return payment;
    }

    static PaygridException notFound(String paymentKey) {
        return new PaygridException(ErrorCode.NOT_FOUND_PAYMENT, "No payment " + paymentKey);
    }
}
