package org.paygrid.merchant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.paygrid.shared.Mode;

/**
 * One API key of a merchant. Only the SHA-256 of the key is stored; {@code display} is what staff and
 * the merchant may see again: the whole key for a (public) client key, a masked hint for a secret key.
 */
@Entity
@Table(name = "mer_api_key")
@EntityListeners(CredentialChanges.class)
@NamedQuery(name = ApiKey.OF_MERCHANT,
        query = "select k from ApiKey k where k.merchantId = :merchantId order by k.id")
public class ApiKey {

    public static final String OF_MERCHANT = "ApiKey.ofMerchant";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "merchant_id", nullable = false, length = 32)
    private String merchantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private Mode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    private ApiKeyKind kind;

    @Column(name = "key_hash", nullable = false, length = 64, unique = true)
    private String keyHash;

    @Column(nullable = false, length = 80)
    private String display;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ApiKeyStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected ApiKey() {
        // for JPA
    }

    public ApiKey(String merchantId, Mode mode, ApiKeyKind kind, String keyHash, String display, Instant now) {
        this.merchantId = merchantId;
        this.mode = mode;
        this.kind = kind;
        this.keyHash = keyHash;
        this.display = display;
        this.status = ApiKeyStatus.ACTIVE;
        this.createdAt = now;
    }

    public String merchantId() {
        return merchantId;
    }

    /** The key's hash (the key itself is never stored). */
    public String keyHash() {
        return keyHash;
    }

    public Mode mode() {
        return mode;
    }

    public ApiKeyKind kind() {
        return kind;
    }

    public String display() {
        return display;
    }

    public ApiKeyStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Long id() {
        return id;
    }

    public boolean active() {
        return status == ApiKeyStatus.ACTIVE;
    }

    /** A revoked key answers 401 from the next request on; revoking twice changes nothing. */
    public void revoke(Instant now) {
        if (active()) {
            status = ApiKeyStatus.REVOKED;
            revokedAt = now;
        }
    }
}
