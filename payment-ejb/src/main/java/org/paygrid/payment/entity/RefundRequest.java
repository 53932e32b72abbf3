package org.paygrid.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

/**
 * A staff refund above the approval limit, waiting for a second pair of eyes. The four-eyes rule lives here: only
 * a PENDING request can be decided, and never by the staff member who asked for it. The money moves only when
 * an approval is executed as an ordinary staff cancel; the request then keeps that cancel's transaction key.
 */
@Entity
@Table(name = "pay_refund_request")
public class RefundRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "payment_key", nullable = false, length = 40, updatable = false)
    private String paymentKey;

    @Column(name = "merchant_id", nullable = false, length = 32, updatable = false)
    private String merchantId;

    /** What the requester saw and asked for; a full refund records the balance at that moment. */
    @Column(nullable = false, updatable = false)
    private long amount;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "full_refund", nullable = false, updatable = false)
    private boolean fullRefund;

    @Column(name = "tax_free_amount", nullable = false, updatable = false)
    private long taxFreeAmount;

    @Column(nullable = false, length = 200, updatable = false)
    private String reason;

    @Column(name = "refund_bank", length = 2, updatable = false)
    private String refundBank;

    @Column(name = "refund_account_number", length = 20, updatable = false)
    private String refundAccountNumber;

    @Column(name = "refund_holder_name", length = 100, updatable = false)
    private String refundHolderName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RefundRequestStatus status;

    @Column(name = "requested_by", nullable = false, length = 100, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    /** The SHA-256 of the staff request's Idempotency-Key (see RetryKey): a retry finds this request, not a new one. */
    @Column(name = "idempotency_key_hash", length = 64, updatable = false)
    private String idempotencyKeyHash;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 300)
    private String decisionNote;

    @Column(name = "transaction_key", length = 40)
    private String transactionKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected RefundRequest() {
        // for JPA
    }

    public RefundRequest(String paymentKey, String merchantId, long amount, String currency, boolean fullRefund,
                         long taxFreeAmount, String reason, RefundReceiveAccount refundTo, String requestedBy,
                         Instant now) {
        this.paymentKey = Objects.requireNonNull(paymentKey);
        this.merchantId = Objects.requireNonNull(merchantId);
        this.amount = amount;
        this.currency = Objects.requireNonNull(currency);
        this.fullRefund = fullRefund;
        this.taxFreeAmount = taxFreeAmount;
        this.reason = Objects.requireNonNull(reason);
        this.refundBank = refundTo == null ? null : refundTo.bankCode();
        this.refundAccountNumber = refundTo == null ? null : refundTo.accountNumber();
        this.refundHolderName = refundTo == null ? null : refundTo.holderName();
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.requestedAt = now;
        this.createdAt = now;
        this.status = RefundRequestStatus.PENDING;
    }

    /** A second staff member approves: the request is then executed (and {@link #executed} or {@link #failed}). */
    public void approve(String approver, Instant now) {
        decide(approver, now);
        this.status = RefundRequestStatus.APPROVED;
    }

    public void reject(String rejecter, String note, Instant now) {
        decide(rejecter, now);
        this.status = RefundRequestStatus.REJECTED;
        this.decisionNote = note;
    }

    /** The approved cancel was booked under this transaction key. */
    public void executed(String transactionKey) {
        requireStatus(RefundRequestStatus.APPROVED);
        this.transactionKey = transactionKey;
    }

    /** The approved cancel was refused by the payment's rules (its code and message are kept); no money moved. */
    public void failed(String why) {
        requireStatus(RefundRequestStatus.APPROVED);
        this.status = RefundRequestStatus.FAILED;
        this.decisionNote = why == null || why.length() <= 300 ? why : why.substring(0, 300);
    }

    private void decide(String staff, Instant now) {
        if (status != RefundRequestStatus.PENDING) {
            throw new PaygridException(ErrorCode.NOT_PENDING_REFUND_REQUEST,
                    "Refund request " + id + " is already " + status);
        }
        if (staff == null || staff.isBlank()) {
            throw new IllegalArgumentException("a decision needs the deciding staff member");
        }
        if (staff.equals(requestedBy)) {
            throw new PaygridException(ErrorCode.FORBIDDEN_SELF_APPROVAL,
                    "The staff member who asked for a refund cannot decide on it; another staff member must");
        }
        this.decidedBy = staff;
        this.decidedAt = now;
    }

    private void requireStatus(RefundRequestStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("refund request " + id + " is " + status + ", not " + expected);
        }
    }

    /** The refund account of a virtual account payment, as the requester gave it. */
    public RefundReceiveAccount refundTo() {
        return refundBank == null ? null : new RefundReceiveAccount(refundBank, refundAccountNumber, refundHolderName);
    }

    public Long id() {
        return id;
    }

    public String paymentKey() {
        return paymentKey;
    }

    public String merchantId() {
        return merchantId;
    }

    public long amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public boolean fullRefund() {
        return fullRefund;
    }

    public long taxFreeAmount() {
        return taxFreeAmount;
    }

    public String reason() {
        return reason;
    }

    public RefundRequestStatus status() {
        return status;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public void openedWith(org.paygrid.idempotency.entity.RetryKey retryKey) {
        this.idempotencyKeyHash = retryKey == null ? null : retryKey.hash();
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionNote() {
        return decisionNote;
    }

    public String transactionKey() {
        return transactionKey;
    }
}
