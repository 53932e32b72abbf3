package org.paygrid.event.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.paygrid.event.entity.Event;
import org.paygrid.event.entity.EventType;
import org.paygrid.shared.Mode;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;
import org.paygrid.shared.id.RandomTokens;
import org.paygrid.shared.json.ContractJson;
import org.paygrid.shared.time.SeoulTime;

/**
 * Records events in the caller's transaction (MANDATORY): a status change and its event, with whatever its
 * observers write on {@link EventRecorded} (one pending delivery per subscribed webhook endpoint), commit or roll
 * back together, so no event is lost between the change and the webhook (an outbox). Sending happens later, off
 * the caller's thread. The body is the owner's business: the capability whose fact it is builds it.
 */
@Stateless
public class Events {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<EventRecorded> recorded;

    @EJB
    EventPublication publication;

    /** An event about no money movement (e.g. a payout's status). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public RecordedEvent record(String merchantId, Mode mode, EventType type, String orderingKey, Object data) {
        return record(merchantId, mode, type, orderingKey, null, data);
    }

    /** An event reporting a money movement: it carries the movement's transaction key (null if there is none). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public RecordedEvent record(String merchantId, Mode mode, EventType type, String orderingKey,
                                String transactionKey, Object data) {
        Instant now = clock.instant();
        String id = RandomTokens.prefixed("evt", 24);
        String body = ContractJson.write(new EventBody(id, type.name(), SeoulTime.of(now), mode.wireName(), data));
        Event event = new Event(id, merchantId, mode, type, orderingKey, transactionKey, body, now);
        em.persist(event);
        em.flush();   // the sequence number orders the deliveries written next
        RecordedEvent recordedEvent = RecordedEvent.of(event);
        recorded.fire(new EventRecorded(recordedEvent));
        return recordedEvent;
    }

    /** The events recorded about one thing (their ordering key, e.g. a payment key), oldest first. */
    public List<RecordedEvent> about(String orderingKey) {
        return em.createQuery("select e from Event e where e.orderingKey = :key order by e.seq", Event.class)
                .setParameter("key", orderingKey).getResultList().stream().map(RecordedEvent::of).toList();
    }

    /** The event with this sequence number. */
    public RecordedEvent bySeq(long seq) {
        Event event = em.find(Event.class, seq);
        if (event == null) {
            throw new PaygridException(ErrorCode.NOT_FOUND_EVENT, "No event #" + seq);
        }
        return RecordedEvent.of(event);
    }

    /** The bodies of these events, by sequence number (what a batch of deliveries sends). */
    public java.util.Map<Long, String> bodies(java.util.Collection<Long> seqs) {
        if (seqs.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("select e from Event e where e.seq in :seqs", Event.class)
                .setParameter("seqs", seqs).getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(Event::seq, Event::body));
    }

    /**
     * The merchant's events in one mode, in the order they became visible (oldest first), after the event
     * {@code afterEventId} (null: from the first). Events are published ({@link EventPublication}) before each read,
     * so a page never holds an event that a later page could precede. An unknown or foreign {@code after} answers
     * NOT_FOUND_EVENT rather than silently starting over.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public EventPage list(String merchantId, Mode mode, String afterEventId, int limit) {
        publication.publish(merchantId, mode);
        Long afterPublished = afterEventId == null ? Long.valueOf(0)
                : entity(merchantId, mode, afterEventId).publishedSeq();
        long afterSeq = afterPublished == null ? 0 : afterPublished;
        List<Event> found = em.createQuery("select e from Event e where e.merchantId = :m and e.mode = :mode "
                        + "and e.publishedSeq > :after order by e.publishedSeq", Event.class)
                .setParameter("m", merchantId).setParameter("mode", mode).setParameter("after", afterSeq)
                .setMaxResults(limit + 1).getResultList();
        List<Event> page = found.subList(0, Math.min(found.size(), limit));
        String next = found.size() > limit ? page.get(page.size() - 1).id() : null;
        return new EventPage(page.stream().map(Event::body).toList(), next);
    }

    /** One of the merchant's events in that mode; any other answers as if it did not exist. */
    public RecordedEvent find(String merchantId, Mode mode, String eventId) {
        return RecordedEvent.of(entity(merchantId, mode, eventId));
    }

    private Event entity(String merchantId, Mode mode, String eventId) {
        List<Event> found = em.createQuery("select e from Event e where e.id = :id", Event.class)
                .setParameter("id", eventId).getResultList();
        if (found.isEmpty() || !found.get(0).merchantId().equals(merchantId) || found.get(0).mode() != mode) {
            throw new PaygridException(ErrorCode.NOT_FOUND_EVENT, "No event " + eventId);
        }
        return found.get(0);
    }
}
