package org.paygrid.dashboard;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paygrid.settlement.boundary.SettlementRunView;
import org.paygrid.settlement.boundary.SettlementRuns;
import org.paygrid.shared.Mode;
import org.paygrid.shared.time.ClockProducer;
import org.paygrid.shared.persistence.SqlTime;

/**
 * The dashboard's figures, read with a handful of aggregate queries. Times are stored in UTC; a business day is
 * Asia/Seoul's (no daylight saving, so a day is [00:00, 24:00) +09:00 and grouping by day adds nine hours).
 */
@Stateless
public class Dashboard {

    /** Days of the approved-amount chart, today included. */
    public static final int CHART_DAYS = 14;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    SettlementRuns runs;

    public DashboardView today(Mode mode) {
        return of(LocalDate.now(clock.withZone(ClockProducer.SEOUL)), mode);
    }

    public DashboardView of(LocalDate date, Mode mode) {
        Instant from = start(date);
        Instant to = start(date.plusDays(1));
        Object[] approved = (Object[]) em.createNativeQuery("""
                        select count(*), coalesce(sum(total_amount), 0) from pay_payment
                        where mode = ?1 and approved_at >= ?2 and approved_at < ?3""")
                .setParameter(1, mode.name()).setParameter(2, from).setParameter(3, to).getSingleResult();
        Object[] canceled = (Object[]) em.createNativeQuery("""
                        select count(*), coalesce(sum(c.cancel_amount), 0) from pay_cancel c
                        join pay_payment p on p.payment_key = c.payment_key
                        where p.mode = ?1 and c.canceled_at >= ?2 and c.canceled_at < ?3""")
                .setParameter(1, mode.name()).setParameter(2, from).setParameter(3, to).getSingleResult();
        // attempts: the day's payments with an answer; approved ones keep approved_at even once cancelled
        Object[] attempts = (Object[]) em.createNativeQuery("""
                        select coalesce(sum(case when approved_at is not null then 1 else 0 end), 0),
                               coalesce(sum(case when approved_at is not null or status = 'ABORTED' then 1 else 0 end), 0)
                        from pay_payment where mode = ?1 and requested_at >= ?2 and requested_at < ?3""")
                .setParameter(1, mode.name()).setParameter(2, from).setParameter(3, to).getSingleResult();
        List<Object[]> failureRows = em.createNativeQuery("""
                        select failure_code, count(*) from pay_payment
                        where mode = ?1 and requested_at >= ?2 and requested_at < ?3 and failure_code is not null
                        group by failure_code order by count(*) desc, failure_code""")
                .setParameter(1, mode.name()).setParameter(2, from).setParameter(3, to).getResultList();
        List<DashboardView.FailureCount> failures = failureRows.stream()
                .map(row -> new DashboardView.FailureCount((String) row[0], number(row[1]))).toList();
        long pendingReview = number(em.createNativeQuery(
                "select count(*) from mer_merchant where status in ('APPLIED', 'UNDER_REVIEW')").getSingleResult());
        long failingDeliveries = number(em.createNativeQuery("""
                        select count(*) from whk_delivery
                        where mode = ?1 and (status = 'FAILED' or (status = 'PENDING' and attempts > 1))""")
                .setParameter(1, mode.name()).getSingleResult());
        List<SettlementRunView> last = runs.recent(1);
        return new DashboardView(date, mode, number(approved[0]), number(approved[1]), number(canceled[0]),
                number(canceled[1]), number(attempts[0]), number(attempts[1]), failures, approvedByDay(date, mode),
                pendingReview, failingDeliveries, last.isEmpty() ? null
                : new DashboardView.LastRun(last.get(0).runId(), last.get(0).date(), last.get(0).status()));
    }

    /** The last {@link #CHART_DAYS} days up to {@code date}, oldest first, days without approvals as zero. */
    private List<DashboardView.DailyAmount> approvedByDay(LocalDate date, Mode mode) {
        LocalDate first = date.minusDays(CHART_DAYS - 1L);
        List<Object[]> rows = em.createNativeQuery("""
                        select date(date_add(approved_at, interval 9 hour)), count(*), sum(total_amount)
                        from pay_payment where mode = ?1 and approved_at >= ?2 and approved_at < ?3
                        group by date(date_add(approved_at, interval 9 hour))""")
                .setParameter(1, mode.name()).setParameter(2, start(first)).setParameter(3, start(date.plusDays(1)))
                .getResultList();
        Map<LocalDate, Object[]> byDay = new HashMap<>();
        rows.forEach(row -> byDay.put(SqlTime.date(row[0]), row));
        List<DashboardView.DailyAmount> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(date); day = day.plusDays(1)) {
            Object[] row = byDay.get(day);
            days.add(new DashboardView.DailyAmount(day, row == null ? 0 : number(row[1]),
                    row == null ? 0 : number(row[2])));
        }
        return days;
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ClockProducer.SEOUL).toInstant();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
