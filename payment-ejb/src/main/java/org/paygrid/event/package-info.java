/**
 * Owns events (contract section 7): every status change writes one in the transaction of the change (an outbox),
 * with the exact JSON body that webhooks deliver and {@code GET /v1/events} lists. The capability whose fact it
 * is builds the body; delivery belongs to the webhook capability, which observes every recorded event. Nothing here
 * knows either of them.
 */
package org.paygrid.event;
