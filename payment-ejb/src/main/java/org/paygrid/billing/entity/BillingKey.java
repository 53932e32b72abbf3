package org.paygrid.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.paygrid.keys.entity.Sealed;
import org.paygrid.shared.Mode;

/**
 * A stored card of one customer of one merchant in one mode. The card is sealed exactly as the payment window's
 * vault seals it (AES-GCM, the billing key as associated data); only its masked number is readable.
 */
@Entity
@Table(name = "bil_billing_key")
public class BillingKey {

    @Id
    @Column(name = "billing_key", length = 40)
    private String billingKey;

    @Column(name = "merchant_id", nullable = false, length = 32, updatable = false)
    private String merchantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4, updatable = false)
    private Mode mode;

    @Column(name = "customer_key", nullable = false, length = 300, updatable = false)
    private String customerKey;

    @Column(name = "card_number", nullable = false, length = 19, updatable = false)
    private String cardNumberMasked;

    /** The sealed card; all three are erased (null) when the key is revoked. */
    @Column(name = "key_id", length = 20)
    private String keyId;

    @Column(length = 12)
    private byte[] iv;

    @Column(length = 256)
    private byte[] ciphertext;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected BillingKey() {
        // for JPA
    }

    public BillingKey(String billingKey, String merchantId, Mode mode, String customerKey, String cardNumberMasked,
                      Sealed sealedCard, Instant now) {
        this.billingKey = billingKey;
        this.merchantId = merchantId;
        this.mode = mode;
        this.customerKey = customerKey;
        this.cardNumberMasked = cardNumberMasked;
        resealedCard(sealedCard);
        this.active = true;
        this.createdAt = now;
    }

    /** The sealed card, which only the payment's card vault opens (bound to this billing key). */
    public Sealed sealedCard() {
        if (ciphertext == null) {
            throw new IllegalStateException("billing key " + billingKey + " was revoked: its card is erased");
        }
        return new Sealed(keyId, iv, ciphertext);
    }

    /** The same card sealed again (key rotation). */
    public void resealedCard(Sealed sealed) {
        this.keyId = sealed.keyId();
        this.iv = sealed.iv();
        this.ciphertext = sealed.ciphertext();
    }

    /** Refuses charges from now on and erases the sealed card: a revoked key keeps only its masked number. */
    public void revoke(Instant now) {
        if (active) {
            active = false;
            revokedAt = now;
        }
        keyId = null;
        iv = null;
        ciphertext = null;
    }

    public boolean ownedBy(String merchantId, Mode mode) {
        return this.merchantId.equals(merchantId) && this.mode == mode;
    }

    public String billingKey() { return billingKey; }
    public String merchantId() { return merchantId; }
    public Mode mode() { return mode; }
    public String customerKey() { return customerKey; }
    public String cardNumberMasked() { return cardNumberMasked; }
    public boolean active() { return active; }
    public Instant createdAt() { return createdAt; }
    public Instant revokedAt() { return revokedAt; }
}
