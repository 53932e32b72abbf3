package org.paygrid.settlement.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.paygrid.shared.time.SeoulTime;
import org.paygrid.shared.Mode;
import org.paygrid.shared.persistence.SqlTime;

/**
 * Read-only: every merchant's payouts around a date and lines of a sold date, for finance's settlement screens. Changes to payouts stay
 * with {@link PayoutBook}.
 */
@Stateless
public class MerchantPayouts {

    @PersistenceContext
    EntityManager em;

    /** Payouts dated {@code from}..{@code to}, by date then merchant; at most {@code limit}. */
    public List<PayoutRow> between(LocalDate from, LocalDate to, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        select p.id, p.merchant_id, m.name, p.mode, p.payout_date, p.gross_amount, p.fee_amount,
                               p.vat_amount, p.carried_over, p.payout_amount, p.status, p.paid_at
                        from stl_payout p left join mer_directory m on m.merchant_id = p.merchant_id
                        where p.payout_date between ?1 and ?2 order by p.payout_date, p.merchant_id, p.mode""")
                .setParameter(1, from).setParameter(2, to).setMaxResults(limit).getResultList();
        return rows.stream().map(row -> new PayoutRow(((Number) row[0]).longValue(), (String) row[1],
                (String) row[2], Mode.valueOf((String) row[3]), SqlTime.date(row[4]), ((Number) row[5]).longValue(),
                ((Number) row[6]).longValue(), ((Number) row[7]).longValue(), ((Number) row[8]).longValue(),
                ((Number) row[9]).longValue(), (String) row[10], SeoulTime.of(SqlTime.instant(row[11])))).toList();
    }

    /** Every merchant's lines sold on {@code date}, summed per merchant and mode (what a run of that date wrote). */
    public List<SoldDayRow> soldOn(LocalDate date, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        select t.merchant_id, m.name, t.mode, sum(t.line_count), sum(t.gross_amount), sum(t.fee_amount),
                               sum(t.vat_amount), sum(t.payout_amount)
                        from stl_day_total t left join mer_directory m on m.merchant_id = t.merchant_id
                        where t.sold_date = ?1 group by t.merchant_id, m.name, t.mode order by t.merchant_id, t.mode""")
                .setParameter(1, date).setMaxResults(limit).getResultList();
        return rows.stream().map(row -> new SoldDayRow((String) row[0], (String) row[1], Mode.valueOf((String) row[2]), date,
                ((Number) row[3]).longValue(), ((Number) row[4]).longValue(), ((Number) row[5]).longValue(),
                ((Number) row[6]).longValue(), ((Number) row[7]).longValue())).toList();
    }
}
