package org.paygrid.payment.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.paygrid.audit.boundary.AuditLog;
import org.paygrid.idempotency.entity.RetryKey;
import org.paygrid.payment.entity.Payment;
import org.paygrid.payment.entity.PaymentStatus;
import org.paygrid.payment.entity.RefundReceiveAccount;
import org.paygrid.payment.entity.RefundRequest;
import org.paygrid.payment.entity.RefundRequestStatus;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

/**
 * The short transactions of a four-eyes refund request, each with its audit entry (under the payment, so the
 * payment's history shows who asked, who decided and the cancel itself). A decision locks the request's row: two
 * approvers at once cannot both execute it.
 */
@Stateless
public class RefundRequestStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    AuditLog auditLog;

    /** Checks what the cancel would check now (status, balance) so that an impossible request is refused at once. */
    public RefundRequest open(String actor, String paymentKey, Long requestedAmount, long taxFreeAmount, String reason,
                              RefundReceiveAccount refundTo, String why, RetryKey retryKey) {
        Payment payment = em.find(Payment.class, paymentKey);
        if (payment == null) {
            throw new PaygridException(ErrorCode.NOT_FOUND_PAYMENT, "No payment " + paymentKey);
        }
        long amount = payment.requireCancelable(requestedAmount, taxFreeAmount);
        RefundRequest request = new RefundRequest(paymentKey, payment.merchantId(), amount, payment.currency(),
                requestedAmount == null, taxFreeAmount, reason, refundTo, actor, clock.instant());
        request.openedWith(retryKey);
        em.persist(request);
        em.flush();
        auditLog.record(actor, "REFUND_REQUESTED", "PAYMENT", paymentKey, "balance=" + payment.balanceAmount(),
                "refundRequest=" + request.id() + ", amount=" + amount + ", reason=" + reason + ", needs approval: " + why);
        return request;
    }

    public RefundRequest approve(long requestId, String approver) {
        RefundRequest request = locked(requestId);
        request.approve(approver, clock.instant());
        auditLog.record(approver, "REFUND_APPROVED", "PAYMENT", request.paymentKey(),
                "refundRequest=" + requestId + ", requestedBy=" + request.requestedBy() + ", status=PENDING",
                "status=APPROVED, amount=" + request.amount());
        return request;
    }

    public RefundRequest reject(long requestId, String rejecter, String note) {
        RefundRequest request = locked(requestId);
        request.reject(rejecter, note, clock.instant());
        auditLog.record(rejecter, "REFUND_REJECTED", "PAYMENT", request.paymentKey(),
                "refundRequest=" + requestId + ", requestedBy=" + request.requestedBy() + ", status=PENDING",
                "status=REJECTED, note=" + note);
        return request;
    }

    public RefundRequest executed(long requestId, String transactionKey) {
        RefundRequest request = locked(requestId);
        request.executed(transactionKey);
        return request;
    }

    /** The approved cancel was refused: the request closes as FAILED, audited, and no money moved. */
    public RefundRequest failed(long requestId, String approver, String why) {
        RefundRequest request = locked(requestId);
        request.failed(why);
        auditLog.record(approver, "REFUND_APPROVAL_FAILED", "PAYMENT", request.paymentKey(),
                "refundRequest=" + requestId + ", status=APPROVED", "status=FAILED, " + why);
        return request;
    }

    public RefundRequest find(long requestId) {
        RefundRequest request = em.find(RefundRequest.class, requestId);
        if (request == null) {
            throw new PaygridException(ErrorCode.NOT_FOUND_REFUND_REQUEST, "No refund request " + requestId);
        }
        return request;
    }

    /** The request a staff request with this retry key opened on the payment (within the keys' 15 days). */
    public java.util.Optional<RefundRequest> openedBy(String paymentKey, RetryKey retryKey) {
        return em.createQuery("select r from RefundRequest r where r.paymentKey = :k and r.idempotencyKeyHash = :h "
                        + "and r.requestedAt >= :since", RefundRequest.class)
                .setParameter("k", paymentKey).setParameter("h", retryKey.hash())
                .setParameter("since", clock.instant().minus(org.paygrid.idempotency.boundary.IdempotencyKeys.RETENTION))
                .getResultStream().findFirst();
    }

    /** Oldest first: the longest waiting is decided first. */
    public List<RefundRequest> withStatus(RefundRequestStatus status, int limit) {
        return em.createQuery("select r from RefundRequest r where r.status = :s order by r.id", RefundRequest.class)
                .setParameter("s", status).setMaxResults(limit).getResultList();
    }

    /** Newest first. */
    public List<RefundRequest> ofPayment(String paymentKey) {
        return em.createQuery("select r from RefundRequest r where r.paymentKey = :k order by r.id desc",
                RefundRequest.class).setParameter("k", paymentKey).getResultList();
    }

    private RefundRequest locked(long requestId) {
        RefundRequest request = em.find(RefundRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new PaygridException(ErrorCode.NOT_FOUND_REFUND_REQUEST, "No refund request " + requestId);
        }
        return request;
    }
}
