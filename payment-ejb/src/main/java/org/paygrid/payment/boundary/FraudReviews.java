package org.paygrid.payment.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.paygrid.audit.boundary.AuditLog;
import org.paygrid.fds.boundary.ScreeningView;
import org.paygrid.fds.boundary.Screenings;
import org.paygrid.idempotency.entity.RetryKey;
import org.paygrid.payment.control.PaymentQueries;
import org.paygrid.payment.entity.Payment;
import org.paygrid.payment.entity.ReviewStatus;

/**
 * The fraud review queue (contract section 11): approved payments that fraud detection sent to review wait here,
 * held from settlement, until risk staff clear them or refund them. A full cancel of a payment under review (the
 * staff refund, or the merchant's own) closes its review as REFUNDED in the cancel's own transaction.
 */
@Stateless
public class FraudReviews {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    Screenings screenings;

    @EJB
    AuditLog auditLog;

    @EJB
    RefundApprovals approvals;

    /** A payment under review with why fraud detection sent it there. */
    public record ReviewItem(String merchantId, PaymentObject payment, ScreeningView screening) {
    }

    /** The reviews in one status, oldest approval first; at most {@code limit}. */
    public List<ReviewItem> list(ReviewStatus status, int limit) {
        return em.createQuery("select p from Payment p where p.fdsReview = :status order by p.approvedAt, p.paymentKey",
                        Payment.class).setParameter("status", status).setMaxResults(limit).getResultList().stream()
                .map(p -> new ReviewItem(p.merchantId(), PaymentObject.of(PaymentView.of(p)),
                        screenings.of(p.paymentKey()).orElse(null))).toList();
    }

    /** How many payments wait in the review queue. */
    public long openCount() {
        return em.createQuery("select count(p) from Payment p where p.fdsReview = :status", Long.class)
                .setParameter("status", ReviewStatus.OPEN).getSingleResult();
    }

    /** Staff cleared the payment: it is settled by the runs from now on. */
    public PaymentView clear(String paymentKey, String note, String actor) {
        Payment payment = PaymentQueries.found(em.find(Payment.class, paymentKey, LockModeType.PESSIMISTIC_WRITE),
                paymentKey);
        payment.clearReview(clock.instant());
        auditLog.record(actor, "FDS_REVIEW_CLEARED", "PAYMENT", paymentKey, "fdsReview=OPEN",
                "fdsReview=CLEARED, note=" + note);
        return PaymentView.of(payment);
    }

    /**
     * Staff refund the payment under review in full, the normal staff refund way ({@link RefundApprovals#refund}):
     * above the approval limits a second person decides, and the review stays OPEN until the money is back.
     */
    public StaffRefund refund(String actor, String paymentKey, String note, RetryKey retryKey) {
        PaymentQueries.found(em.find(Payment.class, paymentKey), paymentKey).requireOpenReview();
        return approvals.refund(actor, paymentKey, new CancelRequest("FDS review: " + note, null, null, null),
                retryKey);
    }
}
