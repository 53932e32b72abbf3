package org.paygrid.merchant.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.paygrid.audit.boundary.AuditLog;
import org.paygrid.merchant.control.KeyIssuer;
import org.paygrid.merchant.control.KeyIssuer.IssuedKey;
import org.paygrid.merchant.entity.ApiKey;
import org.paygrid.merchant.entity.ApiKeyKind;
import org.paygrid.merchant.entity.Merchant;
import org.paygrid.merchant.entity.MerchantProfile;
import org.paygrid.merchant.entity.MerchantStatus;
import org.paygrid.shared.Mode;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;
import org.paygrid.shared.id.RandomTokens;

/** Merchant onboarding and lookup: the transaction boundary for everything a merchant record goes through. */
@Stateless
public class Merchants {

    static final String AUDIT_TARGET = "MERCHANT";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    AuditLog auditLog;

    /**
     * Records an application: the merchant starts APPLIED with test keys that work at once;
     * live keys come only with an approved review. One merchant per business registration number.
     * {@code actor} is the authenticated staff member or automation client, for the audit log.
     */
    public OnboardedMerchant apply(MerchantProfile profile, String actor) {
        if (!em.createNamedQuery(Merchant.BY_BUSINESS_NUMBER, Merchant.class)
                .setParameter("businessNumber", profile.businessNumber().digits())
                .getResultList().isEmpty()) {
            throw duplicateBusinessNumber(profile);
        }
        Instant now = clock.instant();
        Merchant merchant = new Merchant(RandomTokens.prefixed("mer", 20), profile, now);
        em.persist(merchant);
        List<IssuedKey> keys = List.of(KeyIssuer.issue(ApiKeyKind.CLIENT, Mode.TEST),
                KeyIssuer.issue(ApiKeyKind.SECRET, Mode.TEST));
        keys.forEach(key -> em.persist(new ApiKey(merchant.id(), key.mode(), key.kind(), key.hash(), key.display(), now)));
        try {
            em.flush();
        } catch (PersistenceException raceWithAnotherApplication) {
            throw duplicateBusinessNumber(profile);
        }
        auditLog.record(actor, "MERCHANT_APPLIED", AUDIT_TARGET, merchant.id(), null,
                "status=" + merchant.status() + ", name=" + merchant.name()
                        + ", businessNumber=" + profile.businessNumber().formatted());
        return new OnboardedMerchant(merchant, keys);
    }

    /** The merchant behind an API key; unknown and revoked keys are refused alike. */
    public MerchantCredential authenticate(String key) {
        List<Object[]> found = em.createQuery("""
                        select k.merchantId, k.mode, k.kind, m.status from ApiKey k, Merchant m
                        where k.keyHash = :hash and k.status = org.paygrid.merchant.entity.ApiKeyStatus.ACTIVE
                        and m.id = k.merchantId""", Object[].class)
                .setParameter("hash", KeyIssuer.hash(key))
                .getResultList();
        if (found.isEmpty()) {
            throw new PaygridException(ErrorCode.UNAUTHORIZED_KEY, "Unknown or revoked API key");
        }
        Object[] row = found.get(0);
        return new MerchantCredential((String) row[0], (Mode) row[1], (ApiKeyKind) row[2], (MerchantStatus) row[3]);
    }

    public Merchant find(String merchantId) {
        Merchant merchant = em.find(Merchant.class, merchantId);
        if (merchant == null) {
            throw new PaygridException(ErrorCode.NOT_FOUND_MERCHANT, "No merchant " + merchantId);
        }
        return merchant;
    }

    public List<ApiKey> keysOf(String merchantId) {
        return em.createNamedQuery(ApiKey.OF_MERCHANT, ApiKey.class)
                .setParameter("merchantId", merchantId)
                .getResultList();
    }

    /** Newest first; {@code nameContains} blank means all merchants. */
    public MerchantPage search(String nameContains, int offset, int limit) {
        String pattern = "%" + escapeLike(nameContains == null ? "" : nameContains.trim().toLowerCase()) + "%";
        TypedQuery<Merchant> page = em.createQuery(
                        "select m from Merchant m where lower(m.name) like :pattern escape '\\' "
                                + "order by m.createdAt desc, m.id", Merchant.class)
                .setParameter("pattern", pattern)
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, Math.min(limit, 100)));
        long total = em.createQuery("select count(m) from Merchant m where lower(m.name) like :pattern escape '\\'",
                        Long.class)
                .setParameter("pattern", pattern)
                .getSingleResult();
        return new MerchantPage(page.getResultList(), total);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static PaygridException duplicateBusinessNumber(MerchantProfile profile) {
        return new PaygridException(ErrorCode.DUPLICATED_BUSINESS_NUMBER,
                "A merchant with business number " + profile.businessNumber().formatted() + " already exists");
    }
}
