package org.paygrid.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

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

    public VaultedCard(String paymentKey, String keyId, byte[] iv, byte[] ciphertext, Instant createdAt) {
        this.paymentKey = paymentKey;
        this.keyId = keyId;
        this.iv = iv.clone();
        this.ciphertext = ciphertext.clone();
        this.createdAt = createdAt;
    }

    public String keyId() { return keyId; }
    public byte[] iv() { return iv.clone(); }
    public byte[] ciphertext() { return ciphertext.clone(); }
}
