package org.paygrid.settlement.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.paygrid.shared.Mode;
import org.paygrid.shared.error.RequestChecks;
import org.paygrid.shared.persistence.SqlTime;

/** What merchants (and finance) read of settlement: lines by sold or payout date, payouts by date. */
@Stateless
public class Settlements {

    /** A merchant asks at most a year at a time. */
    static final int MAX_DAYS = 366;

    @PersistenceContext
    EntityManager em;

    public record Page<T>(List<T> items, String nextCursor) {
    }

    public Page<SettlementLineView> lines(String merchantId, Mode mode, String startDate, String endDate,
                                          String dateType, String limit, String cursor) {
        LocalDate start = RequestChecks.requiredDate(startDate, "startDate");
        LocalDate end = RequestChecks.requiredDate(endDate, "endDate");
        range(start, end);
        String column = switch (dateType == null || dateType.isBlank() ? "SOLD_DATE" : dateType) {
            case "SOLD_DATE" -> "sold_date";
            case "PAID_OUT_DATE" -> "payout_date";
            default -> throw RequestChecks.invalid("dateType", "must be SOLD_DATE or PAID_OUT_DATE");
        };
        int size = RequestChecks.pageLimit(limit);
        long after = cursor == null || cursor.isBlank() ? 0 : parseCursor(cursor);
        List<Object[]> rows = em.createNativeQuery("select id, payment_key, order_id, transaction_key, method, amount, "
                        + "fee, vat, payout_amount, sold_date, payout_date from stl_line where merchant_id = ?1 and mode = ?2 "
                        + "and " + column + " between ?3 and ?4 and id > ?5 order by id")
                .setParameter(1, merchantId).setParameter(2, mode.name()).setParameter(3, start).setParameter(4, end)
                .setParameter(5, after).setMaxResults(size + 1).getResultList();
        List<SettlementLineView> items = rows.stream().limit(size).map(row -> new SettlementLineView((String) row[1],
                (String) row[2], (String) row[3], (String) row[4], ((Number) row[5]).longValue(),
                ((Number) row[6]).longValue(), ((Number) row[7]).longValue(), ((Number) row[8]).longValue(),
                SqlTime.date(row[9]), SqlTime.date(row[10]))).toList();
        String next = rows.size() > size ? String.valueOf(((Number) rows.get(size - 1)[0]).longValue()) : null;
        return new Page<>(items, next);
    }

    public List<PayoutView> payouts(String merchantId, Mode mode, String startDate, String endDate) {
        LocalDate start = RequestChecks.requiredDate(startDate, "startDate");
        LocalDate end = RequestChecks.requiredDate(endDate, "endDate");
        range(start, end);
        List<Object[]> rows = em.createNativeQuery("""
                        select payout_date, gross_amount, fee_amount, vat_amount, carried_over, payout_amount, status
                        from stl_payout where merchant_id = ?1 and mode = ?2 and payout_date between ?3 and ?4
                        order by payout_date""")
                .setParameter(1, merchantId).setParameter(2, mode.name()).setParameter(3, start).setParameter(4, end)
                .getResultList();
        return rows.stream().map(PayoutView::of).toList();
    }

    /** Finance's report: one merchant's lines of one sold date, as CSV with a header row. */
    public String csv(String merchantId, Mode mode, LocalDate soldDate) {
        List<Object[]> rows = em.createNativeQuery("select payment_key, order_id, transaction_key, method, amount, fee, "
                        + "vat, payout_amount, sold_date, payout_date from stl_line where merchant_id = ?1 and mode = ?2 "
                        + "and sold_date = ?3 order by id")
                .setParameter(1, merchantId).setParameter(2, mode.name()).setParameter(3, soldDate).getResultList();
        StringBuilder csv = new StringBuilder(
                "paymentKey,orderId,transactionKey,method,amount,fee,vat,payOutAmount,soldDate,paidOutDate\r\n");
        long[] totals = new long[4];
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                csv.append(i == 0 ? "" : ",").append(row[i]);
            }
            csv.append("\r\n");
            for (int i = 0; i < 4; i++) {
                totals[i] += ((Number) row[4 + i]).longValue();
            }
        }
        csv.append("TOTAL,,,,").append(totals[0]).append(',').append(totals[1]).append(',').append(totals[2])
                .append(',').append(totals[3]).append(",,\r\n");
        return csv.toString();
    }

    private static void range(LocalDate start, LocalDate end) {
        if (end.isBefore(start) || start.plusDays(MAX_DAYS).isBefore(end)) {
            throw RequestChecks.invalid("endDate", "must be on or after startDate and at most a year later");
        }
    }

    private static long parseCursor(String cursor) {
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw RequestChecks.invalid("cursor", "is not a cursor this API gave");
        }
    }
}
