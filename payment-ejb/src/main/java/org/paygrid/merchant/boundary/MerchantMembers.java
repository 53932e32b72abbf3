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
import org.paygrid.merchant.entity.ApiKeyKind;
import org.paygrid.merchant.entity.MemberPermission;
import org.paygrid.merchant.entity.MemberRole;
import org.paygrid.merchant.entity.MemberStatus;
import org.paygrid.merchant.entity.Merchant;
import org.paygrid.merchant.entity.MerchantMember;
import org.paygrid.merchant.entity.MerchantProfile;
import org.paygrid.shared.Mode;
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
        } else if (member.status() == MemberStatus.REMOVED) {
            member.reinvite(role, actor, now);
        } else {
            member.changeRole(role);
        }
        auditLog.record(actor, "MEMBER_INVITED", Merchants.AUDIT_TARGET, merchantId, null,
                "email=" + address + ", role=" + role);
        return member;
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
