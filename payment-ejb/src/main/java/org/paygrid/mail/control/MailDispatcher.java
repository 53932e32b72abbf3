package org.paygrid.mail.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import org.paygrid.shared.logging.Log;

/**
 * Sends what the outbox holds, every {@code paygrid.mail.poll-interval-ms}, on a non-persistent timer (every
 * instance of a cluster runs one; the row locks give each mail to one). Without a configured relay it sends nothing
 * and says so once: the mails wait.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatcher {

    private static final Log LOG = Log.of(MailDispatcher.class);
    private static final int BATCH = 20;

    @Resource
    TimerService timers;

    @EJB
    MailSending sending;

    @Inject
    MailSettings settings;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        if (!settings.configured()) {
            LOG.warning(() -> "paygrid.mail.smtp.host is not set: e-mails wait in the outbox until it is");
            return;
        }
        timers.createIntervalTimer(settings.pollIntervalMs(), settings.pollIntervalMs(), new TimerConfig(null, false));
    }

    @Timeout
    void sendDue() {
        if (!running.compareAndSet(false, true)) {
            return;   // the previous round is still sending
        }
        try {
            for (long id : sending.due(BATCH)) {
                sending.send(id);
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "mail round failed; retrying at the next tick", e);
        } finally {
            running.set(false);
        }
    }
}
