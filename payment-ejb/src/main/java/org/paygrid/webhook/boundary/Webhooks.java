package org.paygrid.webhook.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.paygrid.audit.boundary.AuditLog;
import org.paygrid.event.boundary.Events;
import org.paygrid.event.boundary.RecordedEvent;
import org.paygrid.event.entity.EventType;
import org.paygrid.merchant.boundary.MerchantCredential;
import org.paygrid.shared.Mode;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;
import org.paygrid.shared.error.RequestChecks;
import org.paygrid.shared.id.RandomTokens;
import org.paygrid.webhook.control.DeliveryQueue;
import org.paygrid.webhook.control.WebhookSecret;
import org.paygrid.webhook.control.WebhookDestinations;
import org.paygrid.webhook.control.WebhookSecrets;
import org.paygrid.webhook.entity.DeliveryAttempt;
import org.paygrid.webhook.entity.EndpointStatus;
import org.paygrid.webhook.entity.WebhookDelivery;
import org.paygrid.webhook.entity.WebhookEndpoint;

/**
 * A merchant's webhook endpoints, per mode (contract sections 5 and 7). Another merchant's endpoint, or one of the
 * other mode, answers NOT_FOUND_WEBHOOK: existence is not leaked.
 */
@Stateless
public class Webhooks {

    /** Active endpoints per merchant and mode: every event is sent to each, so the fan-out stays bounded. */
    static final int MAX_ACTIVE_ENDPOINTS = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WebhookSecrets secrets;

    @Inject
    WebhookDestinations destinations;

    @EJB
    DeliveryQueue queue;

    @EJB
    Events events;

    @EJB
    AuditLog auditLog;

    static final String AUDIT_TARGET = "WEBHOOK";

    /** {@code events} null or empty subscribes to every type, including types added later. */
    public RegisteredWebhook register(MerchantCredential caller, String url, List<String> events) {
        String checkedUrl = requireWebhookUrl(url, caller.mode(), destinations);
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        if (events != null) {
            for (String type : events) {
                EventType eventType = RequestChecks.requiredEnum(type, "events", EventType.class);
                if (!eventType.fansOut()) {
                    throw RequestChecks.invalid("events", type + " goes only to an endpoint tested from the dashboard");
                }
                types.add(eventType);
            }
        }
        long active = em.createQuery("select count(e) from WebhookEndpoint e where e.merchantId = :m "
                        + "and e.mode = :mode and e.status = :active", Long.class)
                .setParameter("m", caller.merchantId()).setParameter("mode", caller.mode())
                .setParameter("active", EndpointStatus.ACTIVE).getSingleResult();
        if (active >= MAX_ACTIVE_ENDPOINTS) {
            throw new PaygridException(ErrorCode.WEBHOOK_LIMIT_EXCEEDED,
                    "At most " + MAX_ACTIVE_ENDPOINTS + " active webhooks per mode; delete one first");
        }
        Instant now = clock.instant();
        WebhookEndpoint endpoint = new WebhookEndpoint(RandomTokens.prefixed("whk", 24), caller.merchantId(),
                caller.mode(), checkedUrl, types, now);
        String secret = WebhookSecret.generate();
        secrets.seal(endpoint, secret);
        em.persist(endpoint);
        return new RegisteredWebhook(endpoint, secret);
    }

    /** Active and disabled endpoints (a disabled one says why), oldest first; deleted ones are gone. */
    public WebhookPage list(MerchantCredential caller, int limit, String cursor) {
        WebhookEndpoint after = cursor == null ? null : owned(caller, cursor);
        StringBuilder jpql = new StringBuilder("select e from WebhookEndpoint e where e.merchantId = :m "
                + "and e.mode = :mode and e.status <> :deleted");
        if (after != null) {
            jpql.append(" and (e.createdAt > :t or (e.createdAt = :t and e.id > :id))");
        }
        var query = em.createQuery(jpql.append(" order by e.createdAt, e.id").toString(), WebhookEndpoint.class)
                .setParameter("m", caller.merchantId()).setParameter("mode", caller.mode())
                .setParameter("deleted", EndpointStatus.DELETED).setMaxResults(limit + 1);
        if (after != null) {
            query.setParameter("t", after.createdAt()).setParameter("id", after.id());
        }
        List<WebhookEndpoint> found = query.getResultList();
        List<WebhookEndpoint> page = found.subList(0, Math.min(found.size(), limit));
        return new WebhookPage(page, found.size() > limit ? page.get(page.size() - 1).id() : null);
    }

    public WebhookEndpoint find(MerchantCredential caller, String webhookId) {
        return owned(caller, webhookId);
    }

    /** The signing secret, for the owner who lost it; lists only show its first characters. */
    public String secret(MerchantCredential caller, String webhookId) {
        return secrets.open(owned(caller, webhookId));
    }

    /** Nothing more is sent to it; deliveries still pending for it fail (staff still see them). */
    public void remove(MerchantCredential caller, String webhookId) {
        WebhookEndpoint endpoint = owned(caller, webhookId);
        em.refresh(endpoint, LockModeType.PESSIMISTIC_WRITE);   // re-read under the row lock: a 410 may have won
        endpoint.delete(clock.instant());
        queue.failPending(endpoint.id());
    }

    /** Sends one of the merchant's events to one of its endpoints again (made due now if still pending there). */
    public WebhookDelivery resend(MerchantCredential caller, String webhookId, String eventId) {
        WebhookEndpoint endpoint = owned(caller, webhookId);
        return resend(endpoint, events.find(caller.merchantId(), caller.mode(), eventId));
    }

    /** Staff and merchant resends meet here: under the endpoint's lock, to an active endpoint only. */
    public WebhookDelivery resend(WebhookEndpoint endpoint, RecordedEvent event) {
        em.refresh(endpoint, LockModeType.PESSIMISTIC_WRITE);
        if (endpoint.status() != EndpointStatus.ACTIVE) {
            throw new PaygridException(ErrorCode.WEBHOOK_NOT_ACTIVE, "Webhook " + endpoint.id() + " is "
                    + endpoint.status() + (endpoint.statusReason() == null ? "" : ": " + endpoint.statusReason()));
        }
        return queue.resend(endpoint, event);
    }

    /** A member registers an endpoint from the dashboard: as the API does, and audited as the member. */
    public RegisteredWebhook registerByMember(MerchantCredential member, String actor, String url,
                                              List<String> events) {
        RegisteredWebhook registered = register(member, url, events);
        audit(actor, "WEBHOOK_CREATED", registered.endpoint(), null, "url=" + registered.endpoint().url());
        return registered;
    }

    public void removeByMember(MerchantCredential member, String actor, String webhookId) {
        remove(member, webhookId);
        WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, webhookId);
        audit(actor, "WEBHOOK_DELETED", endpoint, "url=" + endpoint.url(), "status=" + endpoint.status());
    }

    /**
     * A new signing secret, in clear this once; the old one stops signing at once (deliveries are signed when
     * sent, so a retry already pending carries the new signature).
     */
    public RegisteredWebhook rollSecret(MerchantCredential member, String actor, String webhookId) {
        WebhookEndpoint endpoint = owned(member, webhookId);
        em.refresh(endpoint, LockModeType.PESSIMISTIC_WRITE);
        String before = endpoint.secretHint();
        String secret = WebhookSecret.generate();
        secrets.seal(endpoint, secret);
        audit(actor, "WEBHOOK_SECRET_ROLLED", endpoint, "secret=" + before, "secret=" + endpoint.secretHint());
        return new RegisteredWebhook(endpoint, secret);
    }

    /** A {@code WEBHOOK_TEST} event to this endpoint only, due now: the merchant sees whether the receiver answers. */
    public WebhookDelivery sendTest(MerchantCredential member, String actor, String webhookId) {
        WebhookEndpoint endpoint = owned(member, webhookId);
        RecordedEvent event = events.record(member.merchantId(), member.mode(), EventType.WEBHOOK_TEST,
                "webhook:" + endpoint.id(), new TestEventData(endpoint.id(),
                        "A test event sent from the Paygrid dashboard: answer 2xx within 10 s"));
        WebhookDelivery delivery = resend(endpoint, event);
        audit(actor, "WEBHOOK_TEST_SENT", endpoint, null, "event=" + event.id());
        return delivery;
    }

    /** A member sends one of the merchant's events to an endpoint again from its delivery log. */
    public WebhookDelivery resendByMember(MerchantCredential member, String actor, String webhookId, String eventId) {
        WebhookDelivery delivery = resend(member, webhookId, eventId);
        audit(actor, "WEBHOOK_RESENT", owned(member, webhookId), null, "event=" + eventId);
        return delivery;
    }

    /** The endpoint's delivery log: its newest deliveries with every attempt of each. */
    public List<DeliveryDetail> deliveriesOf(MerchantCredential caller, String webhookId, int limit) {
        WebhookEndpoint endpoint = owned(caller, webhookId);
        List<WebhookDelivery> deliveries = em.createQuery("select d from WebhookDelivery d where d.endpointId = :e "
                        + "order by d.id desc", WebhookDelivery.class)
                .setParameter("e", endpoint.id()).setMaxResults(limit).getResultList();
        if (deliveries.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, List<DeliveryAttempt>> attempts = em.createQuery("select a from DeliveryAttempt a "
                        + "where a.deliveryId in :ids order by a.id", DeliveryAttempt.class)
                .setParameter("ids", deliveries.stream().map(WebhookDelivery::id).toList()).getResultList().stream()
                .collect(java.util.stream.Collectors.groupingBy(DeliveryAttempt::deliveryId));
        return deliveries.stream()
                .map(d -> new DeliveryDetail(d, endpoint, attempts.getOrDefault(d.id(), List.of())))
                .toList();
    }

    /** The data of a {@code WEBHOOK_TEST} event. */
    public record TestEventData(String webhookId, String message) {
    }

    private void audit(String actor, String action, WebhookEndpoint endpoint, String before, String after) {
        auditLog.record(actor, action, AUDIT_TARGET, endpoint.id(), before,
                (after == null ? "" : after + ", ") + "merchant=" + endpoint.merchantId() + ", mode="
                        + endpoint.mode().wireName());
    }

    private WebhookEndpoint owned(MerchantCredential caller, String webhookId) {
        WebhookEndpoint endpoint = webhookId == null ? null : em.find(WebhookEndpoint.class, webhookId);
        if (endpoint == null || !endpoint.belongsTo(caller.merchantId(), caller.mode())
                || endpoint.status() == EndpointStatus.DELETED) {
            throw new PaygridException(ErrorCode.NOT_FOUND_WEBHOOK, "No webhook " + webhookId);
        }
        return endpoint;
    }

    /**
     * An absolute http(s) URL with a host, without credentials in it (they would show in every list), that reaches
     * the merchant and not the platform or its network (contract section 7: the host is resolved and every address
     * checked; a host that does not resolve now is checked again before each attempt). Live webhooks carry real
     * customers' payments: HTTPS only.
     */
    static String requireWebhookUrl(String url, Mode mode, WebhookDestinations destinations) {
        String checked = RequestChecks.requiredUrl(url, "url");
        URI uri;
        try {
            uri = new URI(checked);
        } catch (URISyntaxException e) {
            throw RequestChecks.invalid("url", "is not a valid URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw RequestChecks.invalid("url", "must be an absolute http(s) URL with a host, no user info or fragment");
        }
        if (mode == Mode.LIVE && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw RequestChecks.invalid("url", "live webhooks must use https");
        }
        if (destinations.resolve(uri) instanceof WebhookDestinations.Refused refused) {
            throw new PaygridException(ErrorCode.INVALID_WEBHOOK_URL,
                    "url: webhooks must reach your server, not the platform or a private network: " + refused.reason());
        }
        return checked;
    }
}
