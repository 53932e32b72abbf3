package org.paygrid.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.paygrid.idempotency.RetryKey;

/** One cancel (refund) of a payment, full or partial. A financial fact: written once, never changed. */
@Entity
@Table(name = "pay_cancel")
public class PaymentCancel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "payment_key", nullable = false, updatable = false, length = 40)
    private String paymentKey;

    @Column(name = "transaction_key", nullable = false, updatable = false, length = 40, unique = true)
    private String transactionKey;

    @Column(name = "cancel_amount", nullable = false, updatable = false)
    private long cancelAmount;

    @Column(name = "tax_free_amount", nullable = false, updatable = false)
    private long taxFreeAmount;

    @Column(name = "cancel_reason", nullable = false, updatable = false, length = 200)
    private String cancelReason;

    @Column(name = "refundable_amount", nullable = false, updatable = false)
    private long refundableAmount;

    @Column(name = "canceled_at", nullable = false, updatable = false)
    private Instant canceledAt;

    /** When the network (or, for a virtual account, the bank) confirmed the cancel; null while the reconciler still has to retry it. */
    @Column(name = "network_confirmed_at")
    private Instant networkConfirmedAt;

    /** The SHA-256 of the Idempotency-Key the cancel was requested with, if any: a retry finds it. */
    @Column(name = "idempotency_key_hash", length = 64, updatable = false)
    private String idempotencyKeyHash;

    /** Where a virtual-account refund goes; null for every other method. */
    @Embedded
    private RefundReceiveAccount refundReceiveAccount;

    /** The staff member who made this refund alone (within the four-eyes limits); null for any other cancel. */
    @Column(name = "refunded_alone_by", length = 100, updatable = false)
    private String refundedAloneBy;

    protected PaymentCancel() {
        // for JPA
    }

    PaymentCancel(String paymentKey, String transactionKey, long cancelAmount, long taxFreeAmount, String cancelReason,
                  long refundableAmount, Instant canceledAt) {
        this.paymentKey = paymentKey;
        this.transactionKey = transactionKey;
        this.cancelAmount = cancelAmount;
        this.taxFreeAmount = taxFreeAmount;
        this.cancelReason = cancelReason;
        this.refundableAmount = refundableAmount;
        this.canceledAt = canceledAt;
    }

    public String paymentKey() { return paymentKey; }
    public String transactionKey() { return transactionKey; }
    public long cancelAmount() { return cancelAmount; }
    public long taxFreeAmount() { return taxFreeAmount; }
    public String cancelReason() { return cancelReason; }
    public long refundableAmount() { return refundableAmount; }
    public Instant canceledAt() { return canceledAt; }
    public RefundReceiveAccount refundReceiveAccount() { return refundReceiveAccount; }

    /** Ties the cancel to the request that books it, so that a retry of that request finds it. */
    public void requestedBy(RetryKey retryKey) {
        this.idempotencyKeyHash = retryKey == null ? null : retryKey.hash();
    }

    /** A refund of a virtual-account deposit is sent to this account (by the bank, not the card network). */
    public void refundedAloneBy(String staff) {
        this.refundedAloneBy = staff;
    }

    public void refundTo(RefundReceiveAccount account) {
        this.refundReceiveAccount = account;
    }
}
