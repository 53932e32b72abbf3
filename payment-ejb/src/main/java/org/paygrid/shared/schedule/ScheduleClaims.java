package org.paygrid.shared.schedule;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import org.paygrid.shared.ThisServer;

/**
 * Once in a cluster: every server fires the same timers, and the first to claim a job's date in the database does
 * the work; the others find it claimed. A claim is committed before the work starts, so a server that dies
 * mid-way leaves the date claimed: its work is resumed by hand (a settlement date is simply run again).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScheduleClaims {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Whether this server won the job's date; false when another server (or an earlier fire) claimed it. */
    public boolean claim(String job, LocalDate date) {
        return em.createNativeQuery("insert ignore into sch_claim (job, business_date, claimed_by, claimed_at) "
                        + "values (?1, ?2, ?3, ?4)")
                .setParameter(1, job).setParameter(2, date).setParameter(3, ThisServer.NAME)
                .setParameter(4, clock.instant()).executeUpdate() == 1;
    }
}
