package org.paygrid.fds.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.paygrid.shared.Mode;

/**
 * One screened charge: what the screen saw (never the card number: its fingerprint and BIN) and why it decided
 * as it did ({@code fired}: each rule that fired, enforced or in shadow, with its inputs, as JSON). Never changes.
 */
@Entity
@Table(name = "fds_screening")
public class Screening {

    @Id
    @Column(name = "payment_key", length = 40)
    private String paymentKey;

    @Column(name = "merchant_id", nullable = false, updatable = false, length = 32)
    private String merchantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 4)
    private Mode mode;

    @Column(nullable = false, updatable = false, length = 20)
    private String method;

    @Column(nullable = false, updatable = false)
    private long amount;

    @Column(name = "card_fingerprint", updatable = false, length = 64)
    private String cardFingerprint;

    @Column(name = "card_bin", updatable = false, length = 8)
    private String cardBin;

    @Column(name = "customer_email", updatable = false, length = 100)
    private String customerEmail;

    @Column(name = "customer_ip", updatable = false, length = 45)
    private String customerIp;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 8)
    private FdsDecision decision;

    @Column(nullable = false, updatable = false, length = 4000)
    private String fired;

    @Column(name = "screened_at", nullable = false, updatable = false)
    private Instant screenedAt;

    protected Screening() {
        // for JPA
    }

    public Screening(String paymentKey, String merchantId, Mode mode, String method, long amount,
                     String cardFingerprint, String cardBin, String customerEmail, String customerIp,
                     FdsDecision decision, String fired, Instant screenedAt) {
        this.paymentKey = paymentKey;
        this.merchantId = merchantId;
        this.mode = mode;
        this.method = method;
        this.amount = amount;
        this.cardFingerprint = cardFingerprint;
        this.cardBin = cardBin;
        this.customerEmail = customerEmail;
        this.customerIp = customerIp;
        this.decision = decision;
        this.fired = fired;
        this.screenedAt = screenedAt;
    }

    public String paymentKey() { return paymentKey; }
    public String merchantId() { return merchantId; }
    public Mode mode() { return mode; }
    public String method() { return method; }
    public long amount() { return amount; }
    public String cardFingerprint() { return cardFingerprint; }
    public String cardBin() { return cardBin; }
    public String customerEmail() { return customerEmail; }
    public String customerIp() { return customerIp; }
    public FdsDecision decision() { return decision; }
    public String fired() { return fired; }
    public Instant screenedAt() { return screenedAt; }
}
