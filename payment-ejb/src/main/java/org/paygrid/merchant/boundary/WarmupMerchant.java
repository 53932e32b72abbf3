package org.paygrid.merchant.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.paygrid.audit.boundary.AuditLog;
import org.paygrid.merchant.control.KeyIssuer;
import org.paygrid.merchant.control.KeyIssuer.IssuedKey;
import org.paygrid.merchant.entity.ApiKey;
import org.paygrid.merchant.entity.ApiKeyKind;
import org.paygrid.merchant.entity.BusinessNumber;
import org.paygrid.merchant.entity.Merchant;
import org.paygrid.merchant.entity.MerchantProfile;
import org.paygrid.shared.Mode;

/**
 * The platform's own test-mode merchant, which a starting server pays with before it says ready, so that its first
 * real approvals do not pay for the JVM's warm-up. It never passes review, so it holds test keys only: its payments
 * go to the test network and move no money. Each start takes a key of its own and revokes it when done, so servers
 * starting together never revoke each other's key; a key left behind by a crash (a hash nobody knows the key of)
 * is revoked when that server starts again.
 */
@Stateless
public class WarmupMerchant {

    /** Fixed, so that every server and every start finds the same merchant. */
    public static final String ID = "mer_paygrid_warmup";

    /** 000-00-00000: a valid check digit, and no business is ever registered under it. */
    static final BusinessNumber BUSINESS_NUMBER = BusinessNumber.parse("000-00-00000");

    public static final String ACTOR = "system:warm-up";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    AuditLog auditLog;

    @EJB
    Merchants merchants;

    /** A key issued for one warm-up. */
    public record WarmupKey(long id, String secretKey) {
    }

    /** Creates the merchant on the first start anywhere; a server racing another to do so fails and retries. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensureExists() {
        if (em.find(Merchant.class, ID) != null) {
            return;
        }
        Merchant merchant = new Merchant(ID, new MerchantProfile("Paygrid warm-up (internal, test mode only)",
                BUSINESS_NUMBER, "Paygrid", "warm-up@paygrid.invalid", null, null), clock.instant());
        em.persist(merchant);
        em.flush();
        auditLog.record(ACTOR, "MERCHANT_APPLIED", Merchants.AUDIT_TARGET, ID, null,
                "status=" + merchant.status() + ", name=" + merchant.name() + ", the platform's warm-up merchant");
    }

    /**
     * A test secret key for this start's warm-up, beside any other; shown here once. Its hint names the server.
     * A key this server took in an earlier life, or any older than the longest warm-up ({@code longest}), was left
     * by a server that died warming up: those are revoked now.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public WarmupKey issueKey(String server, Duration longest) {
        Instant now = clock.instant();
        String ofThisServer = " (warm-up of " + server + ")";
        em.createQuery("select k from ApiKey k where k.merchantId = :m "
                        + "and k.status = org.paygrid.merchant.entity.ApiKeyStatus.ACTIVE "
                        + "and (k.display like :server or k.createdAt < :before)", ApiKey.class)
                .setParameter("m", ID).setParameter("server", "%" + ofThisServer)
                .setParameter("before", now.minus(longest)).getResultList()
                .forEach(left -> merchants.revokeKey(ID, left.id(), ACTOR));
        IssuedKey issued = KeyIssuer.issue(ApiKeyKind.SECRET, Mode.TEST);
        ApiKey stored = new ApiKey(ID, Mode.TEST, ApiKeyKind.SECRET, issued.hash(), issued.display() + ofThisServer,
                now);
        em.persist(stored);
        em.flush();
        auditLog.record(ACTOR, "API_KEY_ISSUED", Merchants.AUDIT_TARGET, ID, null, "issued=" + stored.display());
        return new WarmupKey(stored.id(), issued.plaintext());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void revokeKey(WarmupKey key) {
        merchants.revokeKey(ID, key.id(), ACTOR);
    }
}
