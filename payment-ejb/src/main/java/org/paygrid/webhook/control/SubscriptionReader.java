package org.paygrid.webhook.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.paygrid.shared.Mode;
import org.paygrid.webhook.entity.EndpointStatus;
import org.paygrid.webhook.entity.Subscription;
import org.paygrid.webhook.entity.WebhookEndpoint;

/**
 * The active endpoints' subscriptions as committed now. Outside the caller's transaction on purpose: a read in the
 * snapshot of a transaction that began before an endpoint was added would miss it, and what is read here is kept
 * ({@link Subscriptions}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SubscriptionReader {

    @PersistenceContext
    EntityManager em;

    public List<Subscription> active(String merchantId, Mode mode) {
        return read(em, merchantId, mode);
    }

    /** The same read in {@code em}'s transaction, for a server that keeps nothing. */
    static List<Subscription> read(EntityManager em, String merchantId, Mode mode) {
        return em.createQuery("select e from WebhookEndpoint e where e.merchantId = :m and e.mode = :mode "
                        + "and e.status = :active", WebhookEndpoint.class)
                .setParameter("m", merchantId).setParameter("mode", mode)
                .setParameter("active", EndpointStatus.ACTIVE).getResultList().stream()
                .map(WebhookEndpoint::subscription).toList();
    }
}
