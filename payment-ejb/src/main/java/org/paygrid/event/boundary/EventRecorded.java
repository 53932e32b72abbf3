package org.paygrid.event.boundary;

/**
 * Fired (CDI, synchronously) for every event recorded, in the transaction that records it: whoever delivers events
 * (the webhook capability) observes it and writes what it owes in that same transaction, so the event capability
 * needs to know nothing of its subscribers.
 */
public record EventRecorded(RecordedEvent event) {
}
