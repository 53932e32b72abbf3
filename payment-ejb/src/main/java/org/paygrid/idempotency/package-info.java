/**
 * Owns idempotency keys. Boundary: claiming a key across instances, storing and replaying the first response.
 * Control: the timers that free abandoned claims and purge old keys, and the masking of secrets in stored replays.
 * Entity: the retry key a payment or cancel records (the key and the request's hash).
 */
package org.paygrid.idempotency;
