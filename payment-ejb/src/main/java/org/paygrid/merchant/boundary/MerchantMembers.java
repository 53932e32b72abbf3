package org.paygrid.merchant.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.paygrid.audit.boundary.AuditLog;
import org.paygrid.mail.boundary.Outbox;
import org.paygrid.merchant.control.InvitationMail;
import org.paygrid.merchant.entity.ApiKey;
import org.paygrid.merchant.entity.ApiKeyKind;
import org.paygrid.merchant.entity.MemberPermission;
import org.paygrid.merchant.entity.MemberRole;
import org.paygrid.merchant.entity.MemberStatus;
import org.paygrid.merchant.entity.Merchant;
import org.paygrid.merchant.entity.MerchantMember;
import org.paygrid.merchant.entity.MerchantProfile;
import org.paygrid.shared.Mode;
import org.paygrid.shared.crypto.Sha256;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;
import org.paygrid.shared.error.RequestChecks;

/**
 * The people of each merchant and what they may do there: the one place the dashboard asks before it shows or
 * changes anything of a merchant. A person is a member by their sign-in's subject; an invitation by e-mail becomes
 * a membership when a person whose address the realm has verified signs in.
 */
@Stateless
public class MerchantMembers {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    Merchants merchants;

    @EJB
    AuditLog auditLog;

    @EJB
    Outbox outbox;

    /** The person's merchants, after taking up the invitations waiting for their verified address. */
    public List<Membership> signedIn(Person person) {
        if (person.emailVerified()) {
            Instant now = clock.instant();
            for (MerchantMember invited : em.createNamedQuery(MerchantMember.INVITED_AS, MerchantMember.class)
                    .setParameter("email", MerchantMember.normalized(person.email())).getResultList()) {
                invited.join(person.subject(), now);
                auditLog.record(person.actor(), "MEMBER_JOINED", Merchants.AUDIT_TARGET, invited.merchantId(),
                        null, "role=" + invited.role());
            }
        }
        return em.createNamedQuery(MerchantMember.OF_SUBJECT, MerchantMember.class)
                .setParameter("subject", person.subject()).getResultList().stream()
                .map(this::membership)
                .toList();
    }

    /**
     * The person's membership of the merchant, if they may do {@code permission} there; otherwise the same refusal
     * whether the merchant exists or not (an id tried in a URL tells nothing).
     */
    public Membership require(Person person, String merchantId, MemberPermission permission) {
        Membership membership = membershipOf(person, merchantId);
        if (!membership.may(permission)) {
            throw new PaygridException(ErrorCode.FORBIDDEN,
                    "A " + membership.role() + " may not do this: " + permission);
        }
        return membership;
    }

    /**
     * The member acting for the merchant in a mode, as an API key of that mode would: the dashboard reads and moves
     * money through the same boundaries as the API. Live mode needs a role that may see it.
     */
    public MerchantCredential actAs(Person person, String merchantId, Mode mode, MemberPermission permission) {
        Membership membership = require(person, merchantId, permission);
        if (mode == Mode.LIVE && !membership.may(MemberPermission.LIVE_MODE)) {
            throw new PaygridException(ErrorCode.FORBIDDEN, "A " + membership.role() + " works in test mode only");
        }
        return new MerchantCredential(merchantId, mode, ApiKeyKind.SECRET, membership.merchantStatus());
    }

    /** The person's membership of the merchant; refused when they have none. */
    public Membership membershipOf(Person person, String merchantId) {
        return em.createNamedQuery(MerchantMember.OF_SUBJECT, MerchantMember.class)
                .setParameter("subject", person.subject()).getResultList().stream()
                .filter(member -> member.merchantId().equals(merchantId))
                .findFirst()
                .map(this::membership)
                .orElseThrow(() -> new PaygridException(ErrorCode.FORBIDDEN, "Not a member of this merchant"));
    }

    /**
     * A person applies for a merchant from the dashboard: the same application as the staff call (APPLIED, test
     * keys at once), with the person as its first owner.
     */
    public OnboardedMerchant apply(MerchantProfile profile, Person person) {
        OnboardedMerchant onboarded = merchants.apply(profile, person.actor());
        em.persist(MerchantMember.founder(onboarded.merchant().id(), person.email(), person.subject(),
                clock.instant()));
        return onboarded;
    }

    /**
     * Invites an address to the merchant with a role; an address already invited or a member gets the new role. A
     * removed member may be invited again.
     */
    public MerchantMember invite(String merchantId, String email, MemberRole role, String actor) {
        merchants.find(merchantId);
        String address = MerchantMember.normalized(RequestChecks.requiredEmail(email, "email"));
        Instant now = clock.instant();
        MerchantMember member = em.createNamedQuery(MerchantMember.BY_EMAIL, MerchantMember.class)
                .setParameter("merchantId", merchantId).setParameter("email", address)
                .getResultStream().findFirst().orElse(null);
        if (member == null) {
            member = MerchantMember.invited(merchantId, address, role, actor, now);
            em.persist(member);
            em.flush();
        } else if (member.status() == MemberStatus.REMOVED) {
            member.reinvite(role, actor, now);
        } else if (member.status() == MemberStatus.ACTIVE) {
            changeRoleOf(member, role, actor);
            return member;
        } else {
            member.changeRole(role);
        }
        outbox.queue(InvitationMail.KIND, String.valueOf(member.id()), address);
        auditLog.record(actor, "MEMBER_INVITED", Merchants.AUDIT_TARGET, merchantId, null,
                "email=" + address + ", role=" + role);
        return member;
    }

    /** A member of the merchant invites someone (their role must allow managing members). */
    public MerchantMember invite(Person inviter, String merchantId, String email, MemberRole role) {
        require(inviter, merchantId, MemberPermission.MANAGE_MEMBERS);
        return invite(merchantId, email, role, inviter.actor());
    }

    /**
     * The signed-in person follows an invitation's link: they join the merchant as invited, whatever address they
     * signed in with (the link went to the invited address; whoever holds it was given it). A link that was
     * replaced, ran out, or whose invitation was withdrawn or taken up, is refused.
     */
    public Membership accept(Person person, String invitationToken) {
        Instant now = clock.instant();
        MerchantMember member = invitationToken == null || invitationToken.isBlank() ? null
                : em.createNamedQuery(MerchantMember.BY_INVITATION, MerchantMember.class)
                        .setParameter("hash", Sha256.hex(invitationToken.trim())).getResultStream()
                        .findFirst().orElse(null);
        if (member == null || !member.invitationOpen(now)) {
            throw new PaygridException(ErrorCode.NOT_FOUND,
                    "This invitation is no longer valid: ask for a new one");
        }
        merchants.holdInOrder(List.of(member.merchantId()));
        boolean alreadyMember = em.createNamedQuery(MerchantMember.OF_SUBJECT, MerchantMember.class)
                .setParameter("subject", person.subject()).getResultStream()
                .anyMatch(m -> m.merchantId().equals(member.merchantId()));
        if (alreadyMember) {
            throw new PaygridException(ErrorCode.INVALID_REQUEST, "You are already a member of this merchant");
        }
        member.join(person.subject(), now);
        auditLog.record(person.actor(), "MEMBER_JOINED", Merchants.AUDIT_TARGET, member.merchantId(), null,
                "role=" + member.role() + ", invited=" + member.email());
        return membership(member);
    }

    /** Gives a member another role; the merchant always keeps an active owner. */
    public MerchantMember changeRole(Person actor, String merchantId, long memberId, MemberRole role) {
        require(actor, merchantId, MemberPermission.MANAGE_MEMBERS);
        MerchantMember member = memberOf(merchantId, memberId);
        changeRoleOf(member, java.util.Objects.requireNonNull(role), actor.actor());
        return member;
    }

    /**
     * Takes a member out of the merchant (or withdraws an invitation). Anyone may leave; removing another needs
     * the right to manage members. The last active owner can neither leave nor be removed.
     */
    public void remove(Person actor, String merchantId, long memberId) {
        MerchantMember member = memberOf(merchantId, memberId);
        if (!actor.subject().equals(member.subject())) {
            require(actor, merchantId, MemberPermission.MANAGE_MEMBERS);
        } else {
            membershipOf(actor, merchantId);
        }
        merchants.holdInOrder(List.of(merchantId));
        em.refresh(member);
        if (member.activeOwner()) {
            requireAnotherOwner(member);
        }
        member.remove(clock.instant());
        auditLog.record(actor.actor(), "MEMBER_REMOVED", Merchants.AUDIT_TARGET, merchantId,
                "email=" + member.email() + ", role=" + member.role(), "removed");
    }

    private void changeRoleOf(MerchantMember member, MemberRole role, String actor) {
        merchants.holdInOrder(List.of(member.merchantId()));
        em.refresh(member);
        MemberRole before = member.role();
        if (member.activeOwner() && role != MemberRole.OWNER) {
            requireAnotherOwner(member);
        }
        member.changeRole(role);
        auditLog.record(actor, "MEMBER_ROLE_CHANGED", Merchants.AUDIT_TARGET, member.merchantId(),
                "email=" + member.email() + ", role=" + before, "role=" + role);
    }

    /** The caller holds the merchant's row lock: two owners demoting each other at once cannot both succeed. */
    private void requireAnotherOwner(MerchantMember owner) {
        boolean another = membersOf(owner.merchantId()).stream()
                .anyMatch(m -> m.activeOwner() && !m.id().equals(owner.id()));
        if (!another) {
            throw new PaygridException(ErrorCode.INVALID_REQUEST,
                    "A merchant keeps at least one owner: make someone else an owner first");
        }
    }

    private MerchantMember memberOf(String merchantId, long memberId) {
        MerchantMember member = em.find(MerchantMember.class, memberId);
        if (member == null || !member.merchantId().equals(merchantId) || member.status() == MemberStatus.REMOVED) {
            throw new PaygridException(ErrorCode.NOT_FOUND, "No member " + memberId + " in this merchant");
        }
        return member;
    }

    /** The merchant's API keys of the mode the member works in, newest first. */
    public List<ApiKey> keys(MerchantCredential member) {
        return merchants.keysOf(member.merchantId()).stream().filter(key -> key.mode() == member.mode()).toList();
    }

    /** A new key of the member's mode and the kind, shown once; the old one stops working at once. */
    public RolledKey rollKey(MerchantCredential member, String actor, ApiKeyKind kind) {
        return merchants.rollKey(member.merchantId(), member.mode(), java.util.Objects.requireNonNull(kind), actor);
    }

    /** Revokes one of the merchant's keys of the member's mode; a key of the other mode or merchant is not found. */
    public ApiKey revokeKey(MerchantCredential member, String actor, long keyId) {
        boolean ours = keys(member).stream().anyMatch(key -> key.id() == keyId);
        if (!ours) {
            throw new PaygridException(ErrorCode.NOT_FOUND_API_KEY, "No key " + keyId);
        }
        return merchants.revokeKey(member.merchantId(), keyId, actor);
    }

    /** Who belongs to the merchant (invited and active), oldest first. */
    public List<MerchantMember> membersOf(String merchantId) {
        return em.createNamedQuery(MerchantMember.OF_MERCHANT, MerchantMember.class)
                .setParameter("merchantId", merchantId).getResultList();
    }

    private Membership membership(MerchantMember member) {
        Merchant merchant = merchants.find(member.merchantId());
        return new Membership(merchant.id(), merchant.name(), merchant.status(), member.role());
    }
}
