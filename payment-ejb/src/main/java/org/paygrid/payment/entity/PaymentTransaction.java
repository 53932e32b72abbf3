package org.paygrid.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.paygrid.idempotency.entity.RetryKey;

/**
 * One money movement of a payment: an authorization, a deposit or a cancel. Its {@code transactionKey} follows it
 * everywhere the movement shows (its journal entry, settlement line, reconciliation mismatch and event). What moved
 * is written once; only the answer of whoever holds the money is filled in, once ({@link TransactionStatus}).
 * Created and answered through its {@link Payment} only, which derives its status and balance from them.
 */
@Entity
@Table(name = "pay_transaction")
public class PaymentTransaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "payment_key", nullable = false, updatable = false)
    private Payment payment;

    @Column(name = "payment_key", insertable = false, updatable = false)
    private String paymentKey;

    @Column(name = "transaction_key", nullable = false, updatable = false, length = 40, unique = true)
    private String transactionKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private TransactionKind kind;

    @Column(nullable = false, updatable = false)
    private long amount;

    @Column(name = "tax_free_amount", nullable = false, updatable = false)
    private long taxFreeAmount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private TransactionStatus status;

    /** The network's id of the movement: the authorization attempt, or the bank's deposit id. */
    @Column(name = "network_reference", updatable = false, length = 64)
    private String networkReference;

    @Column(updatable = false, length = 200)
    private String reason;

    /** A cancel's balance left on the payment after it. */
    @Column(name = "refundable_amount", updatable = false)
    private Long refundableAmount;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    /** When the answer came (approved, declined, the cancel confirmed); null while open. */
    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "failure_code", length = 40)
    private String failureCode;

    @Column(name = "failure_message", length = 300)
    private String failureMessage;

    /** The SHA-256 of the Idempotency-Key a cancel was requested with, if any: a retry finds it. */
    @Column(name = "idempotency_key_hash", length = 64, updatable = false)
    private String idempotencyKeyHash;

    /** Where a virtual-account refund goes; null for every other movement. */
    @Embedded
    private RefundReceiveAccount refundReceiveAccount;

    /** The staff member who made this refund alone (within the four-eyes limits); null for any other cancel. */
    @Column(name = "refunded_alone_by", length = 100, updatable = false)
    private String refundedAloneBy;

    protected PaymentTransaction() {
        // for JPA
    }

    PaymentTransaction(Payment payment, String transactionKey, TransactionKind kind, long amount, long taxFreeAmount,
                       String networkReference, Instant requestedAt) {
        if (amount < 1) {
            throw new IllegalArgumentException("a money movement moves money: " + amount);
        }
        this.payment = payment;
        this.paymentKey = payment.paymentKey();
        this.transactionKey = transactionKey;
        this.kind = kind;
        this.amount = amount;
        this.taxFreeAmount = taxFreeAmount;
        this.networkReference = networkReference;
        this.requestedAt = requestedAt;
        this.status = TransactionStatus.PENDING;
    }

    /** A cancel, booked: it counts against the balance from now on, the network is told next. */
    static PaymentTransaction cancel(Payment payment, String transactionKey, long amount, long taxFreeAmount,
                                     String reason, long refundableAmount, Instant now) {
        PaymentTransaction cancel = new PaymentTransaction(payment, transactionKey, TransactionKind.CANCEL, amount,
                taxFreeAmount, payment.networkReference(), now);
        cancel.reason = reason;
        cancel.refundableAmount = refundableAmount;
        return cancel;
    }

    void succeed(Instant at) {
        moveTo(TransactionStatus.SUCCESS);
        completedAt = at;
    }

    void fail(String code, String message, Instant at) {
        moveTo(TransactionStatus.FAILED);
        failureCode = code;
        failureMessage = message;
        completedAt = at;
    }

    void unknown() {
        moveTo(TransactionStatus.UNKNOWN);
    }

    private void moveTo(TransactionStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("transaction " + transactionKey + " is " + status + ", not " + next);
        }
        status = next;
    }

    /** Ties the cancel to the request that books it, so that a retry of that request finds it. */
    public void requestedBy(RetryKey retryKey) {
        this.idempotencyKeyHash = retryKey == null ? null : retryKey.hash();
    }

    public void refundedAloneBy(String staff) {
        this.refundedAloneBy = staff;
    }

    /** A refund of a virtual-account deposit is sent to this account (by the bank, not the card network). */
    public void refundTo(RefundReceiveAccount account) {
        this.refundReceiveAccount = account;
    }

    public long id() { return id == null ? Long.MAX_VALUE : id; }
    public String paymentKey() { return paymentKey; }
    public String transactionKey() { return transactionKey; }
    public TransactionKind kind() { return kind; }
    public long amount() { return amount; }
    public long taxFreeAmount() { return taxFreeAmount; }
    public TransactionStatus status() { return status; }
    public String networkReference() { return networkReference; }
    public String reason() { return reason; }
    public Long refundableAmount() { return refundableAmount; }
    public Instant requestedAt() { return requestedAt; }
    public Instant completedAt() { return completedAt; }
    public String failureCode() { return failureCode; }
    public String failureMessage() { return failureMessage; }
    public RefundReceiveAccount refundReceiveAccount() { return refundReceiveAccount; }

    /** A cancel still counts against the balance unless it failed (cancels are booked before the network hears). */
    boolean countsAgainstBalance() {
        return kind == TransactionKind.CANCEL && status != TransactionStatus.FAILED;
    }
}
