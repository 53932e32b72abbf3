package org.paygrid.webhook.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.paygrid.event.boundary.RecordedEvent;
import org.paygrid.webhook.entity.DeliveryStatus;
import org.paygrid.webhook.entity.Subscription;
import org.paygrid.webhook.entity.WebhookDelivery;
import org.paygrid.webhook.entity.WebhookEndpoint;

/** Puts deliveries in the queue (and takes them out), always in the caller's transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DeliveryQueue {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WebhookSettings settings;

    @Inject
    Subscriptions subscriptions;

    /**
     * One pending delivery per active endpoint of the event's merchant and mode that subscribes to its type (as this
     * server keeps them: {@link Subscriptions}).
     */
    public void enqueue(RecordedEvent event) {
        Instant now = clock.instant();
        for (Subscription subscription : subscriptions.of(event.merchantId(), event.mode(), em)) {
            if (subscription.subscribesTo(event.type())) {
                em.persist(new WebhookDelivery(event.seq(), event.id(), event.type(), subscription.endpointId(),
                        event.merchantId(), event.mode(), event.orderingKey(), now.plus(settings.schedule().firstWait()),
                        null, now));
            }
        }
    }

    /**
     * Sends an event to an endpoint again. A delivery of it still pending there is simply made due now; otherwise
     * a new delivery starts, with a fresh schedule and a link to the last one. The caller holds the endpoint's
     * row lock, so two resends at once do not make two deliveries.
     */
    public WebhookDelivery resend(WebhookEndpoint endpoint, RecordedEvent event) {
        Instant now = clock.instant();
        List<WebhookDelivery> earlier = em.createQuery("select d from WebhookDelivery d where d.endpointId = :e "
                        + "and d.eventSeq = :seq order by d.id desc", WebhookDelivery.class)
                .setParameter("e", endpoint.id()).setParameter("seq", event.seq()).getResultList();
        for (WebhookDelivery delivery : earlier) {
            if (delivery.status() == DeliveryStatus.PENDING) {
                delivery.dueNow(now);
                return delivery;
            }
        }
        WebhookDelivery again = earlier.isEmpty()
                ? new WebhookDelivery(event.seq(), event.id(), event.type(), endpoint.id(), event.merchantId(),
                        event.mode(), event.orderingKey(), now, null, now)
                : earlier.get(0).resend(now);
        em.persist(again);
        return again;
    }

    /** The endpoint was deleted or is gone: what was still to be sent to it fails. Answers how many. */
    public int failPending(String endpointId) {
        List<WebhookDelivery> pending = em.createQuery("select d from WebhookDelivery d where d.endpointId = :e "
                        + "and d.status = :pending", WebhookDelivery.class)
                .setParameter("e", endpointId).setParameter("pending", DeliveryStatus.PENDING)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)   // their latest versions: a claim may just have committed
                .getResultList();
        Instant now = clock.instant();
        pending.forEach(d -> d.giveUp(now));
        return pending.size();
    }
}
