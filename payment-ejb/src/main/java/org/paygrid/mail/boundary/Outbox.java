package org.paygrid.mail.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.paygrid.mail.entity.OutgoingMail;

/**
 * Queues an e-mail in the caller's transaction: it is sent if and only if the fact it tells of commits, and it is
 * sent even if the server dies right after (the dispatcher finds it at the next start).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void queue(String kind, String reference, String recipient) {
        em.persist(new OutgoingMail(kind, reference, recipient, clock.instant()));
    }

}
