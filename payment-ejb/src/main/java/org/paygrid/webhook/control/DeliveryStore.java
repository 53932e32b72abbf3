package org.paygrid.webhook.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.paygrid.event.boundary.Events;
import org.paygrid.webhook.entity.AttemptResult;
import org.paygrid.webhook.entity.DeliveryAttempt;
import org.paygrid.webhook.entity.WebhookDelivery;
import org.paygrid.webhook.entity.WebhookEndpoint;
import org.paygrid.shared.logging.Log;

/**
 * The dispatcher's two short transactions around an attempt: claim due deliveries, then record what the attempt
 * got. Each commits on its own (REQUIRES_NEW); the HTTP call happens between them, never inside one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryStore {

    private static final Log LOG = Log.of(DeliveryStore.class);

    @EJB
    Events events;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WebhookSettings settings;

    @Inject
    WebhookSecrets secrets;

    @EJB
    DeliveryQueue queue;

    /**
     * Claims up to {@code batch} due deliveries for {@code owner}: PENDING, due, not leased (or their lease ran out),
     * to an ACTIVE endpoint, and the oldest pending one of their endpoint and ordering key (one payment's events
     * arrive in order: a later one waits while an earlier one is pending, retries included).
     * The candidates are found by a plain read, which sees every pending delivery, also those another instance is
     * claiming (a locking read skipped them in its subquery too, and a later event could look first in line); then
     * only the candidates' own rows are locked, {@code FOR UPDATE SKIP LOCKED}
     * (instances polling at the same moment each take other rows and never wait for each other), and the lease
     * written here keeps them theirs once this transaction commits. The lock takes nothing but delivery rows:
     * MariaDB locks every row a locking SELECT reads, and a claim that also read the endpoint row deadlocked with a
     * webhook's removal, which locks the endpoint and then fails its pending deliveries.
     */
    public List<DueDelivery> claimDue(String owner, int batch) {
        // the database keeps microseconds: the rows it finds due must be due for the entity's own check too
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("""
                        select d.id from whk_delivery d
                        where d.status = 'PENDING' and d.next_attempt_at <= ?1
                        and (d.lease_until is null or d.lease_until < ?1)
                        and exists (select 1 from whk_endpoint e where e.id = d.endpoint_id and e.status = 'ACTIVE')
                        and not exists (select 1 from whk_delivery o where o.endpoint_id = d.endpoint_id
                            and o.ordering_key = d.ordering_key and o.status = 'PENDING' and o.event_seq < d.event_seq)
                        order by d.next_attempt_at, d.id
                        limit\s""" + batch)
                .setParameter(1, now).getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        // the rows as the lock finds them, not as the plain read above saw them: the entities carry their latest
        // versions (another instance may have claimed and sent one meanwhile)
        @SuppressWarnings("unchecked")
        List<WebhookDelivery> deliveries = em.createNativeQuery("""
                        select d.* from whk_delivery d
                        where d.id in (?2) and d.status = 'PENDING' and (d.lease_until is null or d.lease_until < ?1)
                        order by d.next_attempt_at, d.id
                        for update skip locked""", WebhookDelivery.class)
                .setParameter(1, now).setParameter(2, due.stream().map(Number::longValue).toList()).getResultList();
        if (deliveries.isEmpty()) {
            return List.of();
        }
        Map<String, WebhookEndpoint> endpoints = em.createQuery("select e from WebhookEndpoint e where e.id in :ids",
                        WebhookEndpoint.class)
                .setParameter("ids", deliveries.stream().map(WebhookDelivery::endpointId).distinct().toList())
                .getResultList().stream().collect(Collectors.toMap(WebhookEndpoint::id, Function.identity()));
        Map<Long, String> bodies = events.bodies(deliveries.stream().map(WebhookDelivery::eventSeq).distinct()
                .toList());
        List<DueDelivery> claimed = new ArrayList<>();
        for (WebhookDelivery delivery : deliveries) {
            WebhookEndpoint endpoint = endpoints.get(delivery.endpointId());
            String secret;
            try {
                secret = secrets.open(endpoint);
            } catch (IllegalStateException wrongKey) {
                // unsigned or wrongly signed webhooks are worse than late ones: leave it pending and say so loudly
                LOG.severe(() -> "cannot open the signing secret of webhook endpoint " + endpoint.id() + ": "
                        + wrongKey.getMessage() + " (check paygrid.keys.webhook-secret)");
                continue;
            }
            delivery.claim(owner, now, settings.lease());
            claimed.add(new DueDelivery(delivery.id(), endpoint.id(), delivery.eventId(), endpoint.url(), secret,
                    bodies.get(delivery.eventSeq())));
        }
        return claimed;
    }

    /**
     * Records an attempt and decides what comes next, if {@code owner} still holds the lease; an attempt made after
     * the lease ran out is recorded too (it happened) but the instance that took over decides. A 410 Gone disables
     * the endpoint and fails what was still pending for it (the endpoint row is locked first, as a delete does).
     */
    public void record(DueDelivery sent, String owner, long webhookTimestamp, Instant attemptedAt,
                       AttemptResult result) {
        WebhookEndpoint endpoint = result.gone()
                ? em.find(WebhookEndpoint.class, sent.endpointId(), LockModeType.PESSIMISTIC_WRITE) : null;
        WebhookDelivery delivery = em.find(WebhookDelivery.class, sent.deliveryId(), LockModeType.PESSIMISTIC_WRITE);
        em.persist(new DeliveryAttempt(delivery.id(), delivery.attempts() + 1, attemptedAt, webhookTimestamp, result,
                owner));
        if (!delivery.leasedBy(owner)) {
            LOG.warning(() -> "delivery " + sent.deliveryId() + " is no longer this instance's (its lease ran out, or "
                    + "its webhook was removed or disabled meanwhile): the attempt is recorded, nothing else changes");
            return;
        }
        Instant now = clock.instant();
        delivery.attempted(result, settings.schedule(), now);
        if (endpoint != null) {
            endpoint.disable("the endpoint answered 410 Gone", now);
            int failed = queue.failPending(endpoint.id());
            LOG.info(() -> "webhook endpoint " + endpoint.id() + " answered 410 Gone: disabled, " + failed
                    + " pending delivery(ies) failed");
        }
    }
}
