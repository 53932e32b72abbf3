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

    /** {@code events} null or empty subscribes to every type, including types added later. */
    public RegisteredWebhook register(MerchantCredential caller, String url, List<String> events) {
        String checkedUrl = requireWebhookUrl(url, caller.mode(), destinations);
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        if (events != null) {
            for (String type : events) {
                types.add(RequestChecks.requiredEnum(type, "events", EventType.class));
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
