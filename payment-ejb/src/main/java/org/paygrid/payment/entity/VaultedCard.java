package org.paygrid.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.paygrid.keys.entity.Sealed;

/** A card held encrypted between the payment window and the merchant's confirm (AES-GCM; see CardVault). */
@Entity
@Table(name = "pay_card_vault")
public class VaultedCard {

    @Id
    @Column(name = "payment_key", length = 40)
    private String paymentKey;

    @Column(name = "key_id", nullable = false, length = 20)
    private String keyId;

    @Column(nullable = false, length = 12)
    private byte[] iv;

    @Column(nullable = false, length = 256)
    private byte[] ciphertext;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected VaultedCard() {
        // for JPA
    }

    public VaultedCard(String paymentKey, Sealed sealed, Instant createdAt) {
        this.paymentKey = paymentKey;
        resealed(sealed);
        this.createdAt = createdAt;
    }

    public String paymentKey() { return paymentKey; }
    public Sealed sealed() { return new Sealed(keyId, iv, ciphertext); }

    /** The same card sealed again (key rotation). */
    public void resealed(Sealed sealed) {
        this.keyId = sealed.keyId();
        this.iv = sealed.iv();
        this.ciphertext = sealed.ciphertext();
    }
}
