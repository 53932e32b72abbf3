package org.paygrid.webhook.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.paygrid.audit.boundary.AuditLog;
import org.paygrid.event.boundary.Events;
import org.paygrid.event.boundary.RecordedEvent;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;
import org.paygrid.webhook.entity.DeliveryAttempt;
import org.paygrid.webhook.entity.DeliveryStatus;
import org.paygrid.webhook.entity.WebhookDelivery;
import org.paygrid.webhook.entity.WebhookEndpoint;

/** Deliveries as staff (support, admin) see them: every attempt, and a resend that is written to the audit log. */
@Stateless
public class WebhookDeliveries {

    @jakarta.ejb.EJB
    Events events;

    static final String AUDIT_TARGET = "WEBHOOK_DELIVERY";

    @PersistenceContext
    EntityManager em;

    @EJB
    Webhooks webhooks;

    @EJB
    AuditLog auditLog;

    /** Deliveries in trouble in one mode: given up on, or still pending after a failed attempt. */
    public long failing(org.paygrid.shared.Mode mode) {
        return em.createQuery("""
                        select count(d) from WebhookDelivery d where d.mode = :mode
                        and (d.status = :failed or (d.status = :pending and d.attempts > 1))""", Long.class)
                .setParameter("mode", mode).setParameter("failed", DeliveryStatus.FAILED)
                .setParameter("pending", DeliveryStatus.PENDING).getSingleResult();
    }

    /** Newest first; {@code beforeId} is the cursor (the last id of the previous page). */
    public DeliveryPage search(String merchantId, DeliveryStatus status, int limit, Long beforeId) {
        StringBuilder jpql = new StringBuilder("select d from WebhookDelivery d where 1 = 1");
        if (merchantId != null) {
            jpql.append(" and d.merchantId = :m");
        }
        if (status != null) {
            jpql.append(" and d.status = :status");
        }
        if (beforeId != null) {
            jpql.append(" and d.id < :before");
        }
        var query = em.createQuery(jpql.append(" order by d.id desc").toString(), WebhookDelivery.class)
                .setMaxResults(limit + 1);
        if (merchantId != null) {
            query.setParameter("m", merchantId);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        if (beforeId != null) {
            query.setParameter("before", beforeId);
        }
        List<WebhookDelivery> found = query.getResultList();
        List<WebhookDelivery> page = found.subList(0, Math.min(found.size(), limit));
        return new DeliveryPage(page, found.size() > limit ? String.valueOf(page.get(page.size() - 1).id()) : null);
    }

    /** A merchant's endpoints in both modes as staff see them, deleted ones included (they explain old deliveries). */
    public List<WebhookEndpoint> endpointsOf(String merchantId) {
        return em.createQuery("select e from WebhookEndpoint e where e.merchantId = :m order by e.createdAt desc, e.id",
                WebhookEndpoint.class).setParameter("m", merchantId).getResultList();
    }

    /** Every attempt that carried one of these events, oldest first (a payment's timeline). */
    public List<AttemptSummary> attemptsCarrying(List<String> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        List<WebhookDelivery> deliveries = em.createQuery("select d from WebhookDelivery d where d.eventId in :ids",
                WebhookDelivery.class).setParameter("ids", eventIds).getResultList();
        if (deliveries.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, WebhookDelivery> byId = deliveries.stream()
                .collect(java.util.stream.Collectors.toMap(WebhookDelivery::id, d -> d));
        java.util.Map<String, String> urls = em.createQuery("select w from WebhookEndpoint w where w.id in :ids",
                        WebhookEndpoint.class)
                .setParameter("ids", deliveries.stream().map(WebhookDelivery::endpointId).distinct().toList())
                .getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(WebhookEndpoint::id, WebhookEndpoint::url));
        return em.createQuery("select a from DeliveryAttempt a where a.deliveryId in :ids order by a.id",
                        DeliveryAttempt.class).setParameter("ids", byId.keySet()).getResultList().stream()
                .map(a -> {
                    WebhookDelivery d = byId.get(a.deliveryId());
                    return new AttemptSummary(a.attemptedAt(), d.id(), String.valueOf(d.eventType()), urls.get(d.endpointId()),
                            a.attemptNumber(), a.httpStatus(), a.error(), a.latencyMs());
                }).toList();
    }

    public DeliveryDetail find(long deliveryId) {
        WebhookDelivery delivery = delivery(deliveryId);
        List<DeliveryAttempt> attempts = em.createQuery("select a from DeliveryAttempt a where a.deliveryId = :id "
                        + "order by a.id", DeliveryAttempt.class)
                .setParameter("id", deliveryId).getResultList();
        return new DeliveryDetail(delivery, em.find(WebhookEndpoint.class, delivery.endpointId()), attempts);
    }

    /**
     * Sends the delivery's event to its endpoint again, for a merchant who asks support; the audit entry commits
     * with the resend. Answers the delivery that will carry it (the same one if it was still pending).
     */
    public WebhookDelivery resend(String staff, long deliveryId) {
        WebhookDelivery original = delivery(deliveryId);
        WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, original.endpointId());
        RecordedEvent event = events.bySeq(original.eventSeq());
        WebhookDelivery resent = webhooks.resend(endpoint, event);
        em.flush();   // the new delivery's id, for the audit entry
        auditLog.record(staff, "WEBHOOK_RESENT", AUDIT_TARGET, String.valueOf(deliveryId),
                "status=" + original.status() + ", attempts=" + original.attempts(),
                "event=" + original.eventId() + ", endpoint=" + endpoint.id() + ", sentBy=delivery " + resent.id());
        return resent;
    }

    private WebhookDelivery delivery(long deliveryId) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
        if (delivery == null) {
            throw new PaygridException(ErrorCode.NOT_FOUND_WEBHOOK_DELIVERY, "No webhook delivery " + deliveryId);
        }
        return delivery;
    }

    /**
     * Deliveries due now and not yet made (a delivery waiting for its next retry is not due), and the due time of
     * the most overdue: a backlog that grows or ages means the dispatcher is behind, not that a merchant is down.
     */
    public record Backlog(long due, java.time.Instant oldestDueAt) {
    }

    public Backlog backlog(java.time.Instant now) {
        Object[] row = (Object[]) em.createNativeQuery("select count(*), min(next_attempt_at) from whk_delivery "
                + "where status = 'PENDING' and next_attempt_at <= ?1").setParameter(1, now).getSingleResult();
        return new Backlog(((Number) row[0]).longValue(), org.paygrid.shared.persistence.SqlTime.instant(row[1]));
    }
}
