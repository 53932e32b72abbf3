package org.paygrid.merchant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** A person's place in a merchant: by e-mail until they join, then by their sign-in's subject too. */
@Entity
@Table(name = "mer_member")
@NamedQuery(name = MerchantMember.OF_SUBJECT, query = """
        select m from MerchantMember m where m.subject = :subject
        and m.status = org.paygrid.merchant.entity.MemberStatus.ACTIVE order by m.createdAt, m.id""")
@NamedQuery(name = MerchantMember.INVITED_AS, query = """
        select m from MerchantMember m where m.email = :email and m.subject is null
        and m.status = org.paygrid.merchant.entity.MemberStatus.INVITED""")
@NamedQuery(name = MerchantMember.OF_MERCHANT, query = """
        select m from MerchantMember m where m.merchantId = :merchantId
        and m.status <> org.paygrid.merchant.entity.MemberStatus.REMOVED order by m.createdAt, m.id""")
@NamedQuery(name = MerchantMember.BY_EMAIL, query = """
        select m from MerchantMember m where m.merchantId = :merchantId and m.email = :email""")
@NamedQuery(name = MerchantMember.BY_INVITATION, query = """
        select m from MerchantMember m where m.invitationHash = :hash""")
public class MerchantMember {

    public static final String OF_SUBJECT = "MerchantMember.ofSubject";
    public static final String INVITED_AS = "MerchantMember.invitedAs";
    public static final String OF_MERCHANT = "MerchantMember.ofMerchant";
    public static final String BY_EMAIL = "MerchantMember.byEmail";
    public static final String BY_INVITATION = "MerchantMember.byInvitation";

    /** How long an invitation's link works after it was mailed. */
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "merchant_id", nullable = false, length = 32, updatable = false)
    private String merchantId;

    @Column(nullable = false, length = 254, updatable = false)
    private String email;

    @Column(length = 64)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MemberRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MemberStatus status;

    @Column(name = "invited_by", nullable = false, length = 254)
    private String invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "joined_at")
    private Instant joinedAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "invitation_hash", length = 64)
    private String invitationHash;

    @Column(name = "invitation_expires_at")
    private Instant invitationExpiresAt;

    @Version
    private long version;

    protected MerchantMember() {
        // for JPA
    }

    private MerchantMember(String merchantId, String email, MemberRole role, String invitedBy, Instant at) {
        this.merchantId = Objects.requireNonNull(merchantId);
        this.email = normalized(email);
        this.role = Objects.requireNonNull(role);
        this.status = MemberStatus.INVITED;
        this.invitedBy = invitedBy;
        this.createdAt = at;
    }

    /** The person who applied for the merchant: its first owner, a member at once. */
    public static MerchantMember founder(String merchantId, String email, String subject, Instant at) {
        MerchantMember owner = new MerchantMember(merchantId, email, MemberRole.OWNER, normalized(email), at);
        owner.join(subject, at);
        return owner;
    }

    public static MerchantMember invited(String merchantId, String email, MemberRole role, String invitedBy,
                                         Instant at) {
        return new MerchantMember(merchantId, email, role, invitedBy, at);
    }

    /** E-mail addresses compare without case: that is how people type them. */
    public static String normalized(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    public void join(String subject, Instant at) {
        if (status != MemberStatus.INVITED) {
            throw new IllegalStateException("member " + id + " is " + status);
        }
        this.subject = Objects.requireNonNull(subject);
        this.status = MemberStatus.ACTIVE;
        this.joinedAt = at;
        this.invitationHash = null;
        this.invitationExpiresAt = null;
    }

    /** A new link was mailed: only its hash is kept, and it replaces any earlier link. */
    public void invitationMailed(String linkHash, Instant at) {
        this.invitationHash = Objects.requireNonNull(linkHash);
        this.invitationExpiresAt = at.plus(INVITATION_VALIDITY);
    }

    /** Whether the mailed link still lets a person join: the invitation stands and has not run out. */
    public boolean invitationOpen(Instant at) {
        return status == MemberStatus.INVITED && invitationExpiresAt != null && at.isBefore(invitationExpiresAt);
    }

    /** Invited again after a removal: a new invitation, the old subject forgotten. */
    public void reinvite(MemberRole newRole, String by, Instant at) {
        this.role = newRole;
        this.status = MemberStatus.INVITED;
        this.subject = null;
        this.invitedBy = by;
        this.createdAt = at;
        this.joinedAt = null;
        this.removedAt = null;
        this.invitationHash = null;
        this.invitationExpiresAt = null;
    }

    public void changeRole(MemberRole newRole) {
        this.role = Objects.requireNonNull(newRole);
    }

    public void remove(Instant at) {
        this.status = MemberStatus.REMOVED;
        this.removedAt = at;
        this.invitationHash = null;
        this.invitationExpiresAt = null;
    }

    public boolean activeOwner() {
        return status == MemberStatus.ACTIVE && role == MemberRole.OWNER;
    }

    public Long id() {
        return id;
    }

    public String merchantId() {
        return merchantId;
    }

    public String email() {
        return email;
    }

    public String subject() {
        return subject;
    }

    public MemberRole role() {
        return role;
    }

    public MemberStatus status() {
        return status;
    }

    public String invitedBy() {
        return invitedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}
