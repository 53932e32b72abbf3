package org.paygrid.merchant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

/** A shop that takes payments through Paygrid. Created APPLIED; moves along {@link MerchantStatus}. */
@Entity
@Table(name = "mer_merchant")
@EntityListeners(CredentialChanges.class)
@NamedQuery(name = Merchant.BY_BUSINESS_NUMBER,
        query = "select m from Merchant m where m.businessNumber = :businessNumber")
public class Merchant {

    public static final String BY_BUSINESS_NUMBER = "Merchant.byBusinessNumber";

    @Id
    @Column(length = 32)
    private String id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "business_number", nullable = false, length = 10)
    private String businessNumber;

    @Column(nullable = false, length = 50)
    private String representative;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(length = 20)
    private String phone;

    @Column(name = "website_url", length = 500)
    private String websiteUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MerchantStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "live_keys_delivered_at")
    private Instant liveKeysDeliveredAt;

    @Version
    private long version;

    protected Merchant() {
        // for JPA
    }

    public Merchant(String id, MerchantProfile profile, Instant now) {
        this.id = id;
        this.name = profile.name();
        this.businessNumber = profile.businessNumber().digits();
        this.representative = profile.representative();
        this.email = profile.email();
        this.phone = profile.phone();
        this.websiteUrl = profile.websiteUrl();
        this.status = MerchantStatus.APPLIED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public BusinessNumber businessNumber() {
        return new BusinessNumber(businessNumber);
    }

    public String representative() {
        return representative;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String websiteUrl() {
        return websiteUrl;
    }

    public MerchantStatus status() {
        return status;
    }

    /** Documents came in: an application becomes a review case. Later documents change nothing here. */
    public void documentsReceived(Instant now) {
        if (status == MerchantStatus.APPLIED) {
            move(MerchantStatus.UNDER_REVIEW, Set.of(MerchantStatus.APPLIED), "receive documents", now);
        }
    }

    /** The merchant hands its papers in for a (new) review: from APPLIED, or after a rejection. */
    public void submitForReview(Instant now) {
        move(MerchantStatus.UNDER_REVIEW, Set.of(MerchantStatus.APPLIED, MerchantStatus.REJECTED), "submit", now);
    }

    public void approve(Instant now) {
        move(MerchantStatus.APPROVED, Set.of(MerchantStatus.APPLIED, MerchantStatus.UNDER_REVIEW), "approve", now);
    }

    public void reject(Instant now) {
        move(MerchantStatus.REJECTED, Set.of(MerchantStatus.APPLIED, MerchantStatus.UNDER_REVIEW), "reject", now);
    }

    public void suspend(Instant now) {
        move(MerchantStatus.SUSPENDED, Set.of(MerchantStatus.APPROVED), "suspend", now);
    }

    /** Back to APPROVED, but only from SUSPENDED: reinstating is not a way around the review. */
    public void reinstate(Instant now) {
        move(MerchantStatus.APPROVED, Set.of(MerchantStatus.SUSPENDED), "reinstate", now);
    }

    public void terminate(Instant now) {
        move(MerchantStatus.TERMINATED, status.canMoveTo(MerchantStatus.TERMINATED) ? Set.of(status) : Set.of(),
                "terminate", now);
    }

    /** Each action names the states it starts from; the lifecycle then confirms the step itself is legal. */
    private void move(MerchantStatus next, Set<MerchantStatus> from, String action, Instant now) {
        if (!from.contains(status) || !status.canMoveTo(next)) {
            throw new PaygridException(ErrorCode.INVALID_MERCHANT_STATUS,
                    "Cannot " + action + " a merchant in status " + status);
        }
        status = next;
        updatedAt = now;
    }

    /** Whether the owner may still take the live keys in the dashboard: approved, and not taken yet. */
    public boolean liveKeysAwaitOwner() {
        return status.holdsLiveKeys() && liveKeysDeliveredAt == null;
    }

    public void liveKeysDelivered(Instant now) {
        if (!liveKeysAwaitOwner()) {
            throw new PaygridException(ErrorCode.INVALID_MERCHANT_STATUS, "The live keys were already taken");
        }
        liveKeysDeliveredAt = now;
        updatedAt = now;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
