package org.paygrid.housekeeping.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paygrid.housekeeping.boundary.Housekeeping;
import org.paygrid.shared.ThisServer;
import org.paygrid.shared.schedule.ScheduleClaims;
import org.paygrid.shared.time.ClockProducer;
import org.paygrid.shared.logging.Log;

/**
 * The daily housekeeping at 04:30 Asia/Seoul, after the nightly settlement and before the day's traffic. Every
 * server has the timer; the day is claimed in the database, so one server runs it
 * ({@code paygrid.housekeeping.hour/minute}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class HousekeepingSchedule {

    static final String JOB = "housekeeping";
    private static final Log LOG = Log.of(HousekeepingSchedule.class);

    @EJB
    Housekeeping housekeeping;

    @EJB
    ScheduleClaims claims;

    @Resource
    TimerService timers;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "paygrid.housekeeping.hour", defaultValue = "4")
    String hour;

    @Inject
    @ConfigProperty(name = "paygrid.housekeeping.minute", defaultValue = "30")
    String minute;

    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(new ScheduleExpression().timezone("Asia/Seoul").hour(hour).minute(minute).second("0"),
                new TimerConfig(JOB, false));
    }

    @Timeout
    void fire() {
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.SEOUL));
        if (!claims.claim(JOB, today)) {
            LOG.info(() -> "housekeeping of " + today + " already claimed; not started on " + ThisServer.NAME);
            return;
        }
        housekeeping.start("scheduler");
    }
}
