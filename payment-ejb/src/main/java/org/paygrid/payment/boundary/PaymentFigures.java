package org.paygrid.payment.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.paygrid.payment.entity.PaymentStatus;
import org.paygrid.payment.entity.TransactionStatus;
import org.paygrid.shared.Mode;
import org.paygrid.shared.persistence.SqlTime;
import org.paygrid.shared.time.SeoulTime;

/**
 * Aggregate figures over payments for those who watch them (the staff dashboard, the ledger check): read-only, each
 * query saying what it counts. Days are Asia/Seoul's (no daylight saving: grouping by day adds nine hours to UTC).
 */
@Stateless
public class PaymentFigures {

    @PersistenceContext
    EntityManager em;

    /**
     * One period's figures in one mode. {@code attempts} are the period's payments that reached a card or provider
     * answer (approved or aborted); {@code approvedAttempts} the approved ones among them.
     */
    public record Period(long approvals, long approvedAmount, long cancels, long canceledAmount, long approvedAttempts,
                         long attempts, List<FailureCount> failures) implements Serializable {
    }

    /** How often the period's payments failed with one code (the network's or the platform's). */
    public record FailureCount(String code, long count) implements Serializable {
    }

    /** Approved count and amount of one day, by approval time in Asia/Seoul. */
    public record DailyAmount(LocalDate date, long count, long amount) implements Serializable {
    }

    public Period of(Mode mode, Instant from, Instant to) {
        Object[] approved = (Object[]) em.createNativeQuery("""
                        select count(*), coalesce(sum(total_amount), 0) from pay_payment
                        where mode = ?1 and approved_at >= ?2 and approved_at < ?3""")
                .setParameter(1, mode.name()).setParameter(2, from).setParameter(3, to).getSingleResult();
        Object[] canceled = (Object[]) em.createNativeQuery("""
                        select count(*), coalesce(sum(c.amount), 0) from pay_transaction c
                        join pay_payment p on p.payment_key = c.payment_key
                        where p.mode = ?1 and c.kind = 'CANCEL' and c.requested_at >= ?2 and c.requested_at < ?3""")
                .setParameter(1, mode.name()).setParameter(2, from).setParameter(3, to).getSingleResult();
        // attempts: the period's payments with an answer; approved ones keep approved_at even once cancelled
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
        List<FailureCount> failures = failureRows.stream()
                .map(row -> new FailureCount((String) row[0], number(row[1]))).toList();
        return new Period(number(approved[0]), number(approved[1]), number(canceled[0]), number(canceled[1]),
                number(attempts[0]), number(attempts[1]), failures);
    }

    /** Approvals per Asia/Seoul day from {@code first} to {@code last}; days without approvals are absent. */
    public Map<LocalDate, DailyAmount> approvedByDay(Mode mode, LocalDate first, LocalDate last) {
        List<Object[]> rows = em.createNativeQuery("""
                        select date(date_add(approved_at, interval 9 hour)), count(*), sum(total_amount)
                        from pay_payment where mode = ?1 and approved_at >= ?2 and approved_at < ?3
                        group by date(date_add(approved_at, interval 9 hour))""")
                .setParameter(1, mode.name()).setParameter(2, SeoulTime.startOf(first))
                .setParameter(3, SeoulTime.startOf(last.plusDays(1)))
                .getResultList();
        return rows.stream().map(row -> new DailyAmount(SqlTime.date(row[0]), number(row[1]), number(row[2])))
                .collect(Collectors.toMap(DailyAmount::date, day -> day));
    }

    /** What customers could still get back of approved payments: what acquirers and banks owe for them. */
    public long approvedBalances() {
        List<PaymentStatus> holding = Arrays.stream(PaymentStatus.values()).filter(PaymentStatus::isCancelable).toList();
        return em.createQuery("select coalesce(sum(p.balanceAmount), 0) from Payment p where p.status in :holding",
                Long.class).setParameter("holding", holding).getSingleResult();
    }

    /**
     * One method's authorizations in a window (those that reached a network: not what fraud detection refused), the
     * approved ones, and the network's answer time of the approved ones at the median and the 99th percentile.
     */
    public record MethodFigures(String method, long attempts, long approved, Double p50Millis, Double p99Millis)
            implements Serializable {

        public Long approvalRatePercent() {
            return attempts == 0 ? null : Math.round(100.0 * approved / attempts);
        }
    }

    public List<MethodFigures> byMethod(Mode mode, Instant from, Instant to) {
        List<Object[]> counts = em.createNativeQuery("""
                        select p.method, count(*), sum(case when t.status = 'SUCCESS' then 1 else 0 end)
                        from pay_transaction t join pay_payment p on p.payment_key = t.payment_key
                        where t.kind in ('AUTHORIZATION', 'DEPOSIT') and t.requested_at >= ?1 and t.requested_at < ?2
                          and p.mode = ?3 and p.method is not null
                        group by p.method order by p.method""")
                .setParameter(1, from).setParameter(2, to).setParameter(3, mode.name()).getResultList();
        List<Object[]> times = em.createNativeQuery("""
                        select distinct x.method,
                               percentile_cont(0.5) within group (order by x.micros) over (partition by x.method),
                               percentile_cont(0.99) within group (order by x.micros) over (partition by x.method)
                        from (select p.method, timestampdiff(microsecond, t.requested_at, t.completed_at) micros
                              from pay_transaction t join pay_payment p on p.payment_key = t.payment_key
                              where t.kind = 'AUTHORIZATION' and t.status = 'SUCCESS' and t.requested_at >= ?1
                                and t.requested_at < ?2 and p.mode = ?3 and p.method is not null) x""")
                .setParameter(1, from).setParameter(2, to).setParameter(3, mode.name()).getResultList();
        Map<String, Object[]> timesByMethod = times.stream().collect(Collectors.toMap(row -> (String) row[0], row -> row));
        return counts.stream().map(row -> {
            Object[] time = timesByMethod.get((String) row[0]);
            return new MethodFigures((String) row[0], number(row[1]), number(row[2]),
                    time == null ? null : millis(time[1]), time == null ? null : millis(time[2]));
        }).toList();
    }

    /** The oldest money movements still without an outcome, oldest first: the reconciler's queue. */
    public record OpenMovement(String paymentKey, String transactionKey, String kind, Instant requestedAt)
            implements Serializable {
    }

    public List<OpenMovement> oldestUnknown(int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        select payment_key, transaction_key, kind, requested_at from pay_transaction
                        where status = 'UNKNOWN' order by requested_at""").setMaxResults(limit).getResultList();
        return rows.stream().map(row -> new OpenMovement((String) row[0], (String) row[1], (String) row[2],
                SqlTime.instant(row[3]))).toList();
    }

    private static Double millis(Object micros) {
        return micros == null ? null : Math.round(((Number) micros).doubleValue() / 100.0) / 10.0;
    }

    /** Money movements whose outcome no network has told yet: what the reconciler is working on. */
    public long unknownOutcomes() {
        return em.createQuery("select count(t) from PaymentTransaction t where t.status = :unknown", Long.class)
                .setParameter("unknown", TransactionStatus.UNKNOWN).getSingleResult();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
