/**
 * Owns the platform's outgoing e-mail (invitations, review decisions): an outbox written in the same transaction
 * as the fact it tells of, sent afterwards by SMTP off every request's thread, retried on failure. A row names what
 * to tell and to whom, never the words: the capability that owns the fact composes the message when it is sent
 * ({@link org.paygrid.mail.boundary.MailComposer}), so that nothing secret (an invitation's link) is ever stored in
 * clear and nothing is kept once it went out.
 */
package org.paygrid.mail;
