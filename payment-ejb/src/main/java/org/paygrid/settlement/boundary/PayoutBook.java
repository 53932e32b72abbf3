package org.paygrid.settlement.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.paygrid.event.boundary.Events;
import org.paygrid.event.entity.EventType;
import org.paygrid.ledger.boundary.Ledger;
import org.paygrid.merchant.boundary.Merchants;
import org.paygrid.settlement.control.CarryOver;
import org.paygrid.shared.Mode;
import org.paygrid.shared.money.Money;
import org.paygrid.shared.persistence.SqlTime;

/**
 * Payouts and the settlement's ledger entries, one merchant and mode per transaction. The merchant's row is
 * locked for the duration, so two runs (or a run and the payout job) never book the same lines twice.
 */
@Stateless
public class PayoutBook {

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    @EJB
    Events events;

    @EJB
    Merchants merchants;

    @Inject
    Clock clock;

    public record Account(String merchantId, Mode mode) {
    }

    /** Merchants and modes whose day totals grew since their last payout computation. */
    public List<Account> unposted() {
        List<Object[]> rows = em.createNativeQuery(
                "select distinct merchant_id, mode from stl_day_total where posted = false").getResultList();
        return rows.stream().map(row -> new Account((String) row[0], Mode.valueOf((String) row[1]))).toList();
    }

    /**
     * Books a group of accounts in one transaction (one commit, one log flush, for up to a few hundred merchants):
     * their merchant rows are locked in id order, so concurrent bookings cannot deadlock. Answers the number of
     * payouts written.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int book(List<Account> accounts) {
        merchants.holdInOrder(accounts.stream().map(Account::merchantId).distinct().toList());
        int booked = 0;
        for (Account account : accounts) {
            booked += book(account);
            // every native query flushes the persistence context first and dirty-checks all it holds: written
            // journal entries are kept out of it, or each account would check every earlier account's entry again
            em.flush();
            em.clear();
        }
        return booked;
    }

    /**
     * Posts the fee and VAT the ledger does not hold yet (the day totals' growth since the last posting), marks
     * the totals posted and recomputes the merchant's scheduled payouts with carry-over; the caller holds the
     * merchant's lock. Answers the number of payouts written.
     */
    private int book(Account account) {
        Object[] unposted = (Object[]) em.createNativeQuery("""
                        select coalesce(sum(fee_amount - posted_fee), 0), coalesce(sum(vat_amount - posted_vat), 0),
                               count(*)
                        from stl_day_total where merchant_id = ?1 and mode = ?2 and posted = false""")
                .setParameter(1, account.merchantId()).setParameter(2, account.mode().name()).getSingleResult();
        if (((Number) unposted[2]).longValue() == 0) {
            return 0;
        }
        // the account's settled line count only grows, so it names this posting uniquely
        long linesSettled = ((Number) em.createNativeQuery(
                        "select sum(line_count) from stl_day_total where merchant_id = ?1 and mode = ?2")
                .setParameter(1, account.merchantId()).setParameter(2, account.mode().name()).getSingleResult())
                .longValue();
        Instant now = clock.instant();
        ledger.settlementFees("settlement-fees:" + account.merchantId() + ":" + account.mode() + ":" + linesSettled,
                account.mode(), account.merchantId(), ((Number) unposted[0]).longValue(),
                ((Number) unposted[1]).longValue(), "settlement fees and VAT up to " + linesSettled + " lines", now);
        em.createNativeQuery("""
                        update stl_day_total set posted_fee = fee_amount, posted_vat = vat_amount, posted = true
                        where merchant_id = ?1 and mode = ?2 and posted = false""")
                .setParameter(1, account.merchantId()).setParameter(2, account.mode().name()).executeUpdate();
        return recomputeScheduled(account);
    }

    private int recomputeScheduled(Account account) {
        List<Object[]> lastPaid = em.createNativeQuery("""
                        select payout_date, net_amount + carried_over from stl_payout
                        where merchant_id = ?1 and mode = ?2 and status = 'PAID' order by payout_date desc limit 1""")
                .setParameter(1, account.merchantId()).setParameter(2, account.mode().name()).getResultList();
        LocalDate after = lastPaid.isEmpty() ? LocalDate.of(1970, 1, 1) : SqlTime.date(lastPaid.get(0)[0]);
        long carriedIn = lastPaid.isEmpty() ? 0 : Math.min(0, ((Number) lastPaid.get(0)[1]).longValue());
        List<Object[]> sums = em.createNativeQuery("""
                        select payout_date, sum(gross_amount), sum(fee_amount), sum(vat_amount), sum(payout_amount)
                        from stl_day_total where merchant_id = ?1 and mode = ?2 and payout_date > ?3
                        group by payout_date order by payout_date""")
                .setParameter(1, account.merchantId()).setParameter(2, account.mode().name())
                .setParameter(3, after).getResultList();
        List<Long> nets = new ArrayList<>();
        sums.forEach(row -> nets.add(((Number) row[4]).longValue()));
        List<CarryOver.Payout> payouts = CarryOver.apply(carriedIn, nets);
        for (int i = 0; i < sums.size(); i++) {
            Object[] row = sums.get(i);
            CarryOver.Payout payout = payouts.get(i);
            em.createNativeQuery("""
                            insert into stl_payout (merchant_id, mode, payout_date, gross_amount, fee_amount, vat_amount,
                                                    net_amount, carried_over, payout_amount, status)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'SCHEDULED')
                            on duplicate key update gross_amount = if(status = 'SCHEDULED', values(gross_amount), gross_amount),
                              fee_amount = if(status = 'SCHEDULED', values(fee_amount), fee_amount),
                              vat_amount = if(status = 'SCHEDULED', values(vat_amount), vat_amount),
                              net_amount = if(status = 'SCHEDULED', values(net_amount), net_amount),
                              carried_over = if(status = 'SCHEDULED', values(carried_over), carried_over),
                              payout_amount = if(status = 'SCHEDULED', values(payout_amount), payout_amount)""")
                    .setParameter(1, account.merchantId()).setParameter(2, account.mode().name())
                    .setParameter(3, SqlTime.date(row[0]))
                    .setParameter(4, ((Number) row[1]).longValue()).setParameter(5, ((Number) row[2]).longValue())
                    .setParameter(6, ((Number) row[3]).longValue()).setParameter(7, payout.net())
                    .setParameter(8, payout.carriedOver()).setParameter(9, payout.payoutAmount())
                    .executeUpdate();
        }
        return sums.size();
    }

    /** The run's payout count (its lines were counted as their chunks committed). */
    public void recordCounts(long runId, int payouts) {
        em.createNativeQuery("update stl_run set payouts = ?2 where id = ?1")
                .setParameter(1, runId).setParameter(2, payouts).executeUpdate();
    }

    /**
     * Pays the scheduled payouts due by {@code date}: each becomes PAID with its ledger entry and a
     * PAYOUT_STATUS_CHANGED event, in one transaction per payout.
     */
    public List<Long> due(LocalDate date) {
        List<?> ids = em.createNativeQuery("select id from stl_payout where status = 'SCHEDULED' and payout_date <= ?1 "
                + "order by payout_date, id").setParameter(1, date).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void pay(long payoutId) {
        List<Object[]> rows = em.createNativeQuery("""
                        select merchant_id, mode, payout_date, payout_amount, status from stl_payout
                        where id = ?1 for update""").setParameter(1, payoutId).getResultList();
        if (rows.isEmpty() || !"SCHEDULED".equals(rows.get(0)[4])) {
            return;
        }
        Object[] row = rows.get(0);
        String merchantId = (String) row[0];
        Mode mode = Mode.valueOf((String) row[1]);
        long amount = ((Number) row[3]).longValue();
        Instant now = clock.instant();
        em.createNativeQuery("update stl_payout set status = 'PAID', paid_at = ?2 where id = ?1")
                .setParameter(1, payoutId).setParameter(2, now).executeUpdate();
        if (amount > 0) {
            ledger.payout(payoutId, mode, merchantId, Money.won(amount), "payout of " + SqlTime.date(row[2]), now);
        }
        events.record(merchantId, mode, EventType.PAYOUT_STATUS_CHANGED, "payout:" + merchantId,
                find(payoutId));
    }

    /** A payout as the API shows it. */
    public PayoutView find(long payoutId) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        select payout_date, gross_amount, fee_amount, vat_amount, carried_over, payout_amount, status
                        from stl_payout where id = ?1""").setParameter(1, payoutId).getSingleResult();
        return PayoutView.of(row);
    }

}
