package org.paygrid.mail.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.paygrid.mail.boundary.ComposedMail;
import org.paygrid.mail.boundary.MailComposer;
import org.paygrid.mail.entity.MailStatus;
import org.paygrid.mail.entity.OutgoingMail;
import org.paygrid.shared.logging.Log;

/**
 * Sends one due mail in its own transaction, holding its row lock: two server instances never send the same row,
 * and a mail is marked sent in the transaction that composed it. A crash between the relay's acceptance and the
 * commit sends it once more (at least once); for an invitation only the newer link then works.
 */
@Stateless
public class MailSending {

    private static final Log LOG = Log.of(MailSending.class);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SmtpRelay relay;

    @Inject
    @Any
    Instance<MailComposer> composers;

    /** The ids of mails due now, oldest first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due(int limit) {
        return em.createQuery("select m.id from OutgoingMail m where m.status = :pending and m.dueAt <= :now "
                        + "order by m.dueAt, m.id", Long.class)
                .setParameter("pending", MailStatus.PENDING).setParameter("now", clock.instant())
                .setMaxResults(limit).getResultList();
    }

    /** Sends the mail if it is still due and no other instance holds it; answers whether it went out. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(long id) {
        List<?> locked = em.createNativeQuery("select id from mail_outbox where id = ?1 and status = 'PENDING' "
                + "for update skip locked").setParameter(1, id).getResultList();
        if (locked.isEmpty()) {
            return false;
        }
        OutgoingMail mail = em.find(OutgoingMail.class, id);
        Instant now = clock.instant();
        if (mail.status() != MailStatus.PENDING || mail.dueAt().isAfter(now)) {
            return false;
        }
        Optional<ComposedMail> composed = composerOf(mail.kind()).compose(mail.reference(), mail.recipient());
        if (composed.isEmpty()) {
            mail.drop(now);
            return false;
        }
        try {
            relay.send(mail.recipient(), composed.get());
            mail.sent(clock.instant());
            LOG.info(() -> "mail " + id + " (" + mail.kind() + ") sent");
            return true;
        } catch (MessagingException | RuntimeException e) {
            mail.failed(e.toString(), clock.instant());
            LOG.warning(() -> "mail " + id + " (" + mail.kind() + ") not sent, attempt " + mail.attempts() + ": " + e);
            return false;
        }
    }

    private MailComposer composerOf(String kind) {
        return composers.stream().filter(composer -> composer.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no composer of mail kind " + kind));
    }
}
