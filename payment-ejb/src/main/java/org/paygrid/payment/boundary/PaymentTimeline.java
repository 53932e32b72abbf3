package org.paygrid.payment.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.paygrid.event.entity.Event;
import org.paygrid.ledger.boundary.Ledger;
import org.paygrid.ledger.entity.JournalEntry;
import org.paygrid.ledger.entity.Posting;
import org.paygrid.shared.json.JsonObjects;
import org.paygrid.shared.time.SeoulTime;
import org.paygrid.webhook.entity.DeliveryAttempt;
import org.paygrid.webhook.entity.WebhookDelivery;
import org.paygrid.webhook.entity.WebhookEndpoint;

/**
 * What happened to one payment, for support staff answering "what did you do with my payment?": its events, every
 * webhook attempt that carried them, and its journal entries, in time order; and the ledger lines on their own.
 * Read-only; it reads the event, webhook and ledger books by the payment key.
 */
@Stateless
public class PaymentTimeline {

    /** What a moment on the timeline records; at the same instant, in this order (the entry commits with its event). */
    public enum Kind { JOURNAL_ENTRY, EVENT, WEBHOOK_ATTEMPT }

    /** One thing that happened; {@code subject} is what it was (event type, endpoint, description). */
    public record Moment(OffsetDateTime at, Kind kind, String subject, String detail, boolean failed)
            implements Serializable {
    }

    /** One posting of one of the payment's journal entries. */
    public record LedgerLine(long entryId, String reference, String description, OffsetDateTime at, String account,
                             String merchantId, String side, long amountMinor, String currency) implements Serializable {
    }

    public record View(List<Moment> moments, List<LedgerLine> ledger) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    public View of(String paymentKey) {
        List<Moment> moments = new ArrayList<>();
        List<Event> events = em.createQuery("select e from Event e where e.orderingKey = :key order by e.seq",
                Event.class).setParameter("key", paymentKey).getResultList();
        events.forEach(e -> moments.add(new Moment(SeoulTime.of(e.createdAt()), Kind.EVENT, e.type().name(), statusIn(e.body()), false)));
        if (!events.isEmpty()) {
            moments.addAll(attempts(events.stream().map(Event::id).toList()));
        }
        List<JournalEntry> entries = ledger.entriesOf(paymentKey);
        List<LedgerLine> lines = new ArrayList<>();
        for (JournalEntry entry : entries) {
            moments.add(new Moment(SeoulTime.of(entry.createdAt()), Kind.JOURNAL_ENTRY, entry.description(), entry.reference(), false));
            for (Posting p : entry.postings()) {
                lines.add(new LedgerLine(entry.id(), entry.reference(), entry.description(), SeoulTime.of(entry.createdAt()),
                        p.account().name(), p.merchantId(), p.side().name(), p.amount().minorUnits(),
                        p.amount().currency().getCurrencyCode()));
            }
        }
        moments.sort(Comparator.comparing(Moment::at).thenComparing(Moment::kind));
        return new View(moments, lines);
    }

    private List<Moment> attempts(List<String> eventIds) {
        List<WebhookDelivery> deliveries = em.createQuery("select d from WebhookDelivery d where d.eventId in :ids",
                WebhookDelivery.class).setParameter("ids", eventIds).getResultList();
        if (deliveries.isEmpty()) {
            return List.of();
        }
        Map<Long, WebhookDelivery> byId = deliveries.stream()
                .collect(Collectors.toMap(WebhookDelivery::id, Function.identity()));
        Map<String, String> urls = em.createQuery("select w from WebhookEndpoint w where w.id in :ids",
                        WebhookEndpoint.class)
                .setParameter("ids", deliveries.stream().map(WebhookDelivery::endpointId).distinct().toList())
                .getResultList().stream().collect(Collectors.toMap(WebhookEndpoint::id, WebhookEndpoint::url));
        return em.createQuery("select a from DeliveryAttempt a where a.deliveryId in :ids order by a.id",
                        DeliveryAttempt.class).setParameter("ids", byId.keySet()).getResultList().stream()
                .map(a -> attempt(a, byId.get(a.deliveryId()), urls)).toList();
    }

    private static Moment attempt(DeliveryAttempt a, WebhookDelivery d, Map<String, String> urls) {
        String outcome = a.httpStatus() == null ? a.error() : "HTTP " + a.httpStatus();
        boolean ok = a.httpStatus() != null && a.httpStatus() >= 200 && a.httpStatus() < 300;
        return new Moment(SeoulTime.of(a.attemptedAt()), Kind.WEBHOOK_ATTEMPT, d.eventType() + " → " + urls.get(d.endpointId()),
                "#" + a.attemptNumber() + " (delivery " + d.id() + "): " + outcome + ", " + a.latencyMs() + " ms",
                !ok);
    }

    /** A payment event carries the payment: its status is what the merchant was told. */
    private static String statusIn(String body) {
        JsonObject event = JsonObjects.parse(body);
        JsonValue data = event.get("data");
        if (data instanceof JsonObject payment && payment.get("status") != null
                && payment.get("status").getValueType() == JsonValue.ValueType.STRING) {
            return payment.getString("status") + " · " + event.getString("id");
        }
        return event.getString("id");
    }
}
