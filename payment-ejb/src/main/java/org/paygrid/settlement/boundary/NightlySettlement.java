package org.paygrid.settlement.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paygrid.shared.ThisServer;
import org.paygrid.shared.schedule.ScheduleClaims;
import org.paygrid.shared.time.ClockProducer;
import org.paygrid.shared.logging.Log;

/**
 * The nightly run at 02:00 Asia/Seoul settles the previous business date, and at 09:00 the payouts due today are
 * paid. Every server of a cluster has both timers; a date's run is claimed in the database, so it happens once
 * whichever servers fire. A run missed because every server was down is caught up shortly after a start.
 * The times are settings ({@code paygrid.settlement.nightly.hour/minute}, {@code .payouts.hour/minute}; "*" for
 * every hour or minute, which the two-node test uses).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class NightlySettlement {

    static final String SETTLE = "nightly-settlement";
    static final String PAY = "payouts";
    private static final String CATCH_UP = "catch-up";
    private static final long CATCH_UP_DELAY_MS = 30_000;
    private static final Log LOG = Log.of(NightlySettlement.class);

    @EJB
    SettlementRuns runs;

    @EJB
    SettlementReferenceData referenceData;

    @EJB
    PayoutBook payouts;

    @EJB
    ScheduleClaims claims;

    @Resource
    TimerService timers;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "paygrid.settlement.nightly.hour", defaultValue = "2")
    String settleHour;

    @Inject
    @ConfigProperty(name = "paygrid.settlement.nightly.minute", defaultValue = "0")
    String settleMinute;

    @Inject
    @ConfigProperty(name = "paygrid.settlement.payouts.hour", defaultValue = "9")
    String payHour;

    @Inject
    @ConfigProperty(name = "paygrid.settlement.payouts.minute", defaultValue = "0")
    String payMinute;

    @Inject
    @ConfigProperty(name = "paygrid.settlement.catch-up", defaultValue = "true")
    boolean catchUp;

    @PostConstruct
    void schedule() {
        daily(SETTLE, settleHour, settleMinute);
        daily(PAY, payHour, payMinute);
        if (catchUp) {
            timers.createSingleActionTimer(CATCH_UP_DELAY_MS, new TimerConfig(CATCH_UP, false));
        }
    }

    private void daily(String job, String hour, String minute) {
        timers.createCalendarTimer(new ScheduleExpression().timezone("Asia/Seoul").hour(hour).minute(minute).second("0"),
                new TimerConfig(job, false));
    }

    @Timeout
    void fire(Timer timer) {
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.SEOUL));
        switch (String.valueOf(timer.getInfo())) {
            case SETTLE -> settlePreviousBusinessDay(today);
            case PAY -> payDuePayouts(today);
            case CATCH_UP -> catchUp(today);
            default -> LOG.warning(() -> "unknown timer " + timer.getInfo());
        }
    }

    /** What a timer would have done today had a server been up at its time. */
    private void catchUp(LocalDate today) {
        LocalTime now = LocalTime.now(clock.withZone(ClockProducer.SEOUL));
        if (passed(now, settleHour, settleMinute)) {
            settlePreviousBusinessDay(today);
        }
        if (passed(now, payHour, payMinute)) {
            payDuePayouts(today);
        }
    }

    private static boolean passed(LocalTime now, String hour, String minute) {
        return hour.matches("\\d{1,2}") && minute.matches("\\d{1,2}")
                && !now.isBefore(LocalTime.of(Integer.parseInt(hour), Integer.parseInt(minute)));
    }

    private void settlePreviousBusinessDay(LocalDate today) {
        LocalDate date = referenceData.calendar().previousBusinessDay(today);
        if (!claims.claim(SETTLE, date)) {
            LOG.info(() -> "nightly settlement of " + date + " already claimed; not started on " + ThisServer.NAME);
            return;
        }
        SettlementRunView run = runs.start(date, "scheduler");
        LOG.info(() -> "nightly settlement of " + date + " started as run " + run.runId() + " on " + ThisServer.NAME);
    }

    private void payDuePayouts(LocalDate today) {
        if (!claims.claim(PAY, today)) {
            LOG.info(() -> "payouts of " + today + " already claimed; not paid on " + ThisServer.NAME);
            return;
        }
        payouts.due(today).forEach(payouts::pay);
    }
}
