package org.paygrid.housekeeping.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.StreamSupport;
import org.paygrid.audit.boundary.AuditLog;
import org.paygrid.housekeeping.control.PurgeRuns;
import org.paygrid.housekeeping.control.Purger;
import org.paygrid.shared.retention.Retention;
import org.paygrid.shared.time.SeoulTime;

/**
 * Runs every capability's retention rule, one after another, on one thread of this server; a second start while
 * a run is under way is refused, not queued. The daily timer ({@code HousekeepingSchedule}) and staff start it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Housekeeping {

    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    @Any
    Instance<Retention> rules;

    @EJB
    Purger purger;

    @EJB
    PurgeRuns runs;

    @EJB
    AuditLog auditLog;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** Starts a run in the background; false when one is already running on this server. */
    public boolean start(String actor) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        if (!actor.equals("scheduler")) {
            auditLog.recordAlone(actor, "HOUSEKEEPING_STARTED", "HOUSEKEEPING", "all", null, null);
        }
        context.getBusinessObject(Housekeeping.class).runAll(actor);
        return true;
    }

    @Asynchronous
    public void runAll(String actor) {
        try {
            for (Retention rule : sortedRules()) {
                purger.purge(rule, clock.instant(), actor);
            }
        } finally {
            running.set(false);
        }
    }

    public HousekeepingView view() {
        return new HousekeepingView(running.get(), sortedRules().stream()
                .map(rule -> new RetentionView(rule.name(), rule.keptFor().toString(),
                        SeoulTime.of(Purger.cutoff(rule.keptFor(), clock.instant())),
                        runs.last(rule.name()).map(PurgeRunView::of).orElse(null)))
                .toList());
    }

    private List<Retention> sortedRules() {
        return StreamSupport.stream(rules.spliterator(), false).sorted(Comparator.comparing(Retention::name)).toList();
    }
}
