package org.paygrid.payment.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paygrid.network.entity.Channel;
import org.paygrid.network.boundary.PaymentNetwork;
import org.paygrid.network.boundary.PaymentNetwork.AuthorizationOutcome;
import org.paygrid.shared.logging.Log;
import org.paygrid.shared.logging.LogContext;

/**
 * Settles what the card network left open: payments whose authorization got no answer (inquire, then record;
 * an attempt the network still does not know after {@code paygrid.reconciler.give-up-after-seconds}, two minutes by
 * default, is reversed at the network, which refuses it if it arrives later, and aborted), and
 * cancels the network has not confirmed (sent again, which is safe: the network is idempotent on the cancel's key).
 * Each step locks the payment row, so running on several instances at once is harmless.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UnknownPaymentReconciler {

    private static final Duration TICK_BUDGET = Duration.ofSeconds(10);
    private static final Log LOG = Log.of(UnknownPaymentReconciler.class);

    @EJB
    PaymentStore store;

    @EJB
    PaymentQueries queries;

    @EJB
    CancelBook cancelBook;

    @Inject
    PaymentNetwork network;

    @EJB
    CancelRelay cancelRelay;

    @Inject
    Clock clock;

    /**
     * How long an attempt the network does not know is asked about again before it is reversed: an attempt usually
     * arrives within its read timeout, and the reversal makes a later one harmless. Shorter in the test stack, whose
     * crash tests wait for it; never under 15 s, three of the longest network read timeout (5 s).
     */
    @Inject
    @ConfigProperty(name = "paygrid.reconciler.give-up-after-seconds", defaultValue = "120")
    long giveUpAfterSeconds;

    /**
     * How old an unknown outcome (or an unconfirmed cancel) is before the network is asked about it: long enough for
     * the network to have booked what it received. Shorter in the test stack, whose tests wait for the answer.
     */
    @Inject
    @ConfigProperty(name = "paygrid.reconciler.settle-after-seconds", defaultValue = "10")
    long settleAfterSeconds;

    /**
     * Longer than any network call with its inquiry can take: an attempt still pending this long lost its server
     * (kill -9). The network's answer decides it either way, so taking over one whose server lives is harmless:
     * whichever records first wins the payment row's lock, the other finds it decided.
     */
    @Inject
    @ConfigProperty(name = "paygrid.reconciler.orphaned-after-seconds", defaultValue = "30")
    long orphanedAfterSeconds;

    /** How often a round starts; shorter in the test stack, whose tests wait for the reconciler's answers. */
    @Inject
    @ConfigProperty(name = "paygrid.reconciler.interval-seconds", defaultValue = "15")
    long intervalSeconds;

    @Resource
    ManagedExecutorService executor;

    @Resource
    TimerService timers;

    private final AtomicBoolean settling = new AtomicBoolean();

    /**
     * Each tick hands the round to the managed executor and returns: the container drops a timer whose delivery
     * fails, and with MariaDB down a round's first call failed inside the timer's delivery and the timer was
     * dropped (the crash tests: the unknown outcomes of the outage stayed open), even with the failure caught.
     * A round still running when the next tick comes is left to finish.
     */
    @PostConstruct
    void schedule() {
        long every = Duration.ofSeconds(intervalSeconds).toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("unknown-outcome reconciler", false));
    }

    @Timeout
    public void settle() {
        if (!settling.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    settleRound();
                } catch (RuntimeException e) {
                    LOG.warning(() -> "reconciliation round failed; retrying at the next tick", e);
                } finally {
                    settling.set(false);
                }
            });
        } catch (RuntimeException shuttingDown) {
            settling.set(false);
        }
    }

    private void settleRound() {
        Instant now = clock.instant();
        // pages of 100, oldest first, until none is left or the tick's time is used up: an outage can leave
        // thousands open, and those the network never received stay open until given up, so each page goes on
        // after the last one asked
        long budgetEnds = System.nanoTime() + TICK_BUDGET.toNanos();
        List<OpenAuthorization> page;
        long last = 0;
        do {
            page = store.unknownOutcomes(now.minus(settleAfter()), now.minus(Duration.ofSeconds(orphanedAfterSeconds)),
                    last);
            for (OpenAuthorization open : page) {
                settleOne(open, now);
            }
            last = page.isEmpty() ? last : page.get(page.size() - 1).id();
        } while (page.size() == 100 && System.nanoTime() < budgetEnds);
        for (BookedCancel cancel : cancelBook.unconfirmedCancels(now.minus(settleAfter()))) {
            cancelRelay.tell(cancel);
        }
    }

    private Duration settleAfter() {
        return Duration.ofSeconds(settleAfterSeconds);
    }

    private void settleOne(OpenAuthorization open, Instant now) {
        try (LogContext.Scope about = LogContext.open()) {
            settleOne(open.paymentKey(), open.requestedAt(), now);
        }
    }

    private void settleOne(String paymentKey, Instant requestedAt, Instant now) {
        LogContext.payment(paymentKey);
        var view = queries.load(paymentKey);
        LogContext.merchant(view.payment().merchantId());
        Channel channel = Channel.valueOf(view.payment().method().name());
        String reference = view.payment().networkReference();
        AuthorizationOutcome outcome = network.inquire(channel, reference);
        if (outcome instanceof PaymentNetwork.NotReceived) {
            if (!requestedAt.isBefore(now.minus(Duration.ofSeconds(Math.max(15, giveUpAfterSeconds))))) {
                return;   // asked again next round: it may still arrive
            }
            // it may still be on its way (stuck in a queue of the network): reversed there first, so that it is
            // refused if it arrives, and decided by the reversal's answer
            outcome = network.reverseUnreceived(channel, reference, view.payment().totalAmount());
        }
        record(paymentKey, outcome);
    }

    /** What the network answered, unless it answered nothing: then the next round asks again. */
    private void record(String paymentKey, AuthorizationOutcome outcome) {
        if (!(outcome instanceof PaymentNetwork.Unknown)) {
            store.recordOutcome(paymentKey, outcome);
            LOG.info(() -> "settled unknown payment " + paymentKey + ": " + outcome.getClass().getSimpleName());
        }
    }
}
