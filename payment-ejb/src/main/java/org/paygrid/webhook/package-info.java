/**
 * Owns webhooks (contract section 7): merchants' endpoints and their signing secrets, the deliveries of events to
 * them (at least once, signed the Standard Webhooks way, retried on a schedule, in order per payment), and the
 * record of every attempt for staff. Sending runs on the server's managed scheduled executor, never on an API
 * call's thread and never inside a database transaction; a lease in the database makes each attempt happen on one
 * server instance only, and lets another take over from an instance that died.
 */
package org.paygrid.webhook;
