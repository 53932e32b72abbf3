package org.paygrid.payment.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.paygrid.event.boundary.Events;
import org.paygrid.event.boundary.RecordedEvent;
import org.paygrid.ledger.boundary.Ledger;
import org.paygrid.ledger.boundary.EntryView;
import org.paygrid.shared.json.JsonObjects;
import org.paygrid.shared.time.SeoulTime;
import org.paygrid.webhook.boundary.AttemptSummary;
import org.paygrid.webhook.boundary.WebhookDeliveries;

/**
 * What happened to one payment, for support staff answering "what did you do with my payment?": its events, every
 * webhook attempt that carried them, and its journal entries, in time order; and the ledger lines on their own.
 * Read-only; it asks the event, webhook and ledger capabilities by the payment key.
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

    @EJB
    Events events;

    @EJB
    WebhookDeliveries webhooks;

    @EJB
    Ledger ledger;

    public View of(String paymentKey) {
        List<Moment> moments = new ArrayList<>();
        List<RecordedEvent> about = events.about(paymentKey);
        about.forEach(e -> moments.add(new Moment(SeoulTime.of(e.createdAt()), Kind.EVENT, e.type().name(), statusIn(e.body()),
                false)));
        webhooks.attemptsCarrying(about.stream().map(RecordedEvent::id).toList())
                .forEach(a -> moments.add(attempt(a)));
        List<LedgerLine> lines = new ArrayList<>();
        for (EntryView entry : ledger.entriesOf(paymentKey)) {
            moments.add(new Moment(SeoulTime.of(entry.createdAt()), Kind.JOURNAL_ENTRY, entry.description(), entry.reference(), false));
            for (EntryView.Line p : entry.lines()) {
                lines.add(new LedgerLine(entry.id(), entry.reference(), entry.description(), SeoulTime.of(entry.createdAt()),
                        p.account(), p.merchantId(), p.side(), p.amountMinor(), p.currency()));
            }
        }
        moments.sort(Comparator.comparing(Moment::at).thenComparing(Moment::kind));
        return new View(moments, lines);
    }

    private static Moment attempt(AttemptSummary a) {
        String outcome = a.httpStatus() == null ? a.error() : "HTTP " + a.httpStatus();
        return new Moment(SeoulTime.of(a.attemptedAt()), Kind.WEBHOOK_ATTEMPT, a.eventType() + " → " + a.url(),
                "#" + a.attemptNumber() + " (delivery " + a.deliveryId() + "): " + outcome + ", " + a.latencyMs() + " ms",
                !a.delivered());
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
