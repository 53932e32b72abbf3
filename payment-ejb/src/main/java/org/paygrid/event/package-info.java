/**
 * Owns events (contract section 7): every status change writes one in the transaction of the change (an outbox),
 * with the exact JSON body that webhooks deliver and {@code GET /v1/events} lists. Delivery is
 * {@link org.paygrid.webhook}'s business.
 */
package org.paygrid.event;
