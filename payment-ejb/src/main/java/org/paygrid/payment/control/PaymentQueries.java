package org.paygrid.payment.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.paygrid.idempotency.boundary.IdempotencyKeys;
import org.paygrid.idempotency.entity.RetryKey;
import org.paygrid.payment.boundary.PaymentPage;
import org.paygrid.payment.boundary.PaymentView;
import org.paygrid.payment.entity.Payment;
import org.paygrid.shared.Mode;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

/**
 * Reads of payments as the API and the console see them: one merchant's in one mode, or any for staff. A read of
 * one payment opens no transaction of its own (it would cost the database two {@code SET autocommit} and a commit
 * around one statement): it reads the payment with its transactions in one statement, so the view is of one
 * snapshot. Reads of several payments keep their transaction, which their views' transactions load in.
 */
@Stateless
public class PaymentQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PaymentView find(Mode mode, String merchantId, String paymentKey) {
        return PaymentView.of(owned(withTransactions(paymentKey), mode, merchantId, paymentKey));
    }

    /** Staff and background jobs: any payment, whoever it belongs to. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PaymentView load(String paymentKey) {
        Payment payment = withTransactions(paymentKey);
        if (payment == null) {
            throw notFound(paymentKey);
        }
        return PaymentView.of(payment);
    }

    /**
     * The payment a request with this Idempotency-Key created within the key's 15 days, if one did: at most one,
     * as (merchant, mode, key) is unique among payments.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<PaymentView> findCreatedBy(Mode mode, String merchantId, RetryKey retryKey) {
        return em.createQuery("select p from Payment p left join fetch p.transactions where p.merchantId = :m "
                        + "and p.mode = :mode and p.idempotencyKeyHash = :retry and p.requestedAt >= :since",
                        Payment.class)
                .setParameter("m", merchantId).setParameter("mode", mode).setParameter("retry", retryKey.hash())
                .setParameter("since", clock.instant().minus(IdempotencyKeys.RETENTION))
                .getResultStream().findFirst().map(PaymentView::of);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PaymentView findByOrderId(Mode mode, String merchantId, String orderId) {
        List<Payment> found = em.createQuery("select p from Payment p left join fetch p.transactions "
                        + "where p.merchantId = :m and p.mode = :mode and p.orderId = :o", Payment.class)
                .setParameter("m", merchantId).setParameter("mode", mode).setParameter("o", orderId).getResultList();
        if (found.isEmpty()) {
            throw new PaygridException(ErrorCode.NOT_FOUND_PAYMENT, "No payment with orderId " + orderId);
        }
        return PaymentView.of(found.get(0));
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
        return new PaymentPage(page.stream().map(PaymentView::of).toList(), next);
    }


    /** Another merchant's or the other mode's payment answers as if it did not exist: existence is not leaked. */
    static Payment owned(Payment payment, Mode mode, String merchantId, String paymentKey) {
        if (payment == null || !payment.merchantId().equals(merchantId) || payment.mode() != mode) {
            throw notFound(paymentKey);
        }
        return payment;
    }

    private Payment withTransactions(String paymentKey) {
        return em.createQuery("select p from Payment p left join fetch p.transactions where p.paymentKey = :k",
                Payment.class).setParameter("k", paymentKey).getResultStream().findFirst().orElse(null);
    }

    /** The payment, or NOT_FOUND_PAYMENT (for staff, who see every merchant's). */
    public static Payment found(Payment payment, String paymentKey) {
        if (payment == null) {
            throw notFound(paymentKey);
        }
        return payment;
    }

    static PaygridException notFound(String paymentKey) {
        return new PaygridException(ErrorCode.NOT_FOUND_PAYMENT, "No payment " + paymentKey);
    }
}
