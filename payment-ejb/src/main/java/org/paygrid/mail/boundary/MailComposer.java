package org.paygrid.mail.boundary;

import java.util.Optional;

/**
 * Writes the e-mails of one kind, at the moment they are sent, from the fact their capability owns (the capability
 * implements it as a bean; mail finds it by {@link #kind()}). Runs in the sending transaction: what it changes (an
 * invitation's fresh link) commits with the mail marked sent.
 */
public interface MailComposer {

    /** The kind this composer writes, as queued with {@link Outbox#queue}. */
    String kind();

    /** The mail about {@code reference}; empty when there is nothing to tell any more (the mail is dropped). */
    Optional<ComposedMail> compose(String reference, String recipient);
}
