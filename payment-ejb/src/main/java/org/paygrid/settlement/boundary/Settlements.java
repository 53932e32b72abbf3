package org.paygrid.settlement.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.paygrid.shared.Mode;
import org.paygrid.shared.csv.Csv;
import org.paygrid.shared.error.RequestChecks;
import org.paygrid.shared.persistence.SqlTime;

/** What merchants (and finance) read of settlement: lines by sold or payout date, payouts by date. */
@Stateless
public class Settlements {

    /** A merchant asks at most a year at a time. */
    static final int MAX_DAYS = 366;
    /** The longest a payout date can follow its sold date: 10 business days over weekends and the longest holidays. */
    static final int PAYOUT_LAG_DAYS = 31;

    @PersistenceContext
    EntityManager em;

    @jakarta.ejb.EJB
    org.paygrid.audit.boundary.AuditLog auditLog;

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
        LineCursor after = cursor == null || cursor.isBlank() ? null : LineCursor.parse(cursor);
        // lines are clustered by merchant, mode and sold date; a payout date is never before its sold date and at
        // most PAYOUT_LAG_DAYS after it, so a payout-date read scans only that window of sold dates
        String dates = column.equals("sold_date") ? "sold_date between :start and :end"
                : "payout_date between :start and :end and sold_date between :soldFrom and :end";
        String keyset = after == null ? ""
                : " and (sold_date > :afterDate or (sold_date = :afterDate and transaction_key > :afterKey))";
        var query = em.createNativeQuery("select payment_key, order_id, transaction_key, method, amount, "
                        + "fee, vat, payout_amount, sold_date, payout_date from stl_line where merchant_id = :merchant "
                        + "and mode = :mode and " + dates + keyset + " order by sold_date, transaction_key")
                .setParameter("merchant", merchantId).setParameter("mode", mode.name())
                .setParameter("start", start).setParameter("end", end).setMaxResults(size + 1);
        if (column.equals("payout_date")) {
            query.setParameter("soldFrom", start.minusDays(PAYOUT_LAG_DAYS));
        }
        if (after != null) {
            query.setParameter("afterDate", after.soldDate()).setParameter("afterKey", after.transactionKey());
        }
        List<Object[]> rows = query.getResultList();
        List<SettlementLineView> items = rows.stream().limit(size).map(row -> new SettlementLineView((String) row[0],
                (String) row[1], (String) row[2], (String) row[3], ((Number) row[4]).longValue(),
                ((Number) row[5]).longValue(), ((Number) row[6]).longValue(), ((Number) row[7]).longValue(),
                SqlTime.date(row[8]), SqlTime.date(row[9]))).toList();
        String next = rows.size() > size
                ? new LineCursor(items.get(size - 1).soldDate(), items.get(size - 1).transactionKey()).format() : null;
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

    /** Finance's report: one merchant's lines of one sold date, as CSV with a header row (cells as {@link Csv}). */
    public String csv(String merchantId, Mode mode, LocalDate soldDate) {
        List<Object[]> rows = em.createNativeQuery("select payment_key, order_id, transaction_key, method, amount, fee, "
                        + "vat, payout_amount, sold_date, payout_date from stl_line where merchant_id = ?1 and mode = ?2 "
                        + "and sold_date = ?3 order by transaction_key")
                .setParameter(1, merchantId).setParameter(2, mode.name()).setParameter(3, soldDate).getResultList();
        StringBuilder csv = new StringBuilder(
                "paymentKey,orderId,transactionKey,method,amount,fee,vat,payOutAmount,soldDate,paidOutDate\r\n");
        long[] totals = new long[4];
        for (Object[] row : rows) {
            csv.append(Csv.row(row));
            for (int i = 0; i < 4; i++) {
                totals[i] += ((Number) row[4 + i]).longValue();
            }
        }
        csv.append("TOTAL,,,,").append(totals[0]).append(',').append(totals[1]).append(',').append(totals[2])
                .append(',').append(totals[3]).append(",,\r\n");
        return csv.toString();
    }

    /** The same report downloaded by a merchant's member from the dashboard: who took it is on record. */
    public String csv(String merchantId, Mode mode, LocalDate soldDate, String actor) {
        String report = csv(merchantId, mode, soldDate);
        auditLog.record(actor, "SETTLEMENT_REPORT_DOWNLOADED", "MERCHANT", merchantId, null,
                "soldDate=" + soldDate + ", mode=" + mode.wireName());
        return report;
    }

    /** A merchant's payouts of a date range as CSV with a header row, downloaded by a member: audited too. */
    public String payoutsCsv(String merchantId, Mode mode, String startDate, String endDate, String actor) {
        StringBuilder csv = new StringBuilder(
                "payoutDate,grossAmount,feeAmount,vatAmount,carriedOver,payoutAmount,status\r\n");
        for (PayoutView payout : payouts(merchantId, mode, startDate, endDate)) {
            csv.append(Csv.row(payout.payoutDate(), payout.grossAmount(), payout.feeAmount(), payout.vatAmount(),
                    payout.carriedOver(), payout.payoutAmount(), payout.status()));
        }
        auditLog.record(actor, "PAYOUT_REPORT_DOWNLOADED", "MERCHANT", merchantId, null,
                "from=" + startDate + ", to=" + endDate + ", mode=" + mode.wireName());
        return csv.toString();
    }

    private static void range(LocalDate start, LocalDate end) {
        if (end.isBefore(start) || start.plusDays(MAX_DAYS).isBefore(end)) {
            throw RequestChecks.invalid("endDate", "must be on or after startDate and at most a year later");
        }
    }

    /** Where a page of lines ended: the last line's sold date and transaction key, opaque to the merchant. */
    record LineCursor(LocalDate soldDate, String transactionKey) {

        String format() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((soldDate + " " + transactionKey).getBytes(StandardCharsets.UTF_8));
        }

        static LineCursor parse(String cursor) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                int space = text.indexOf(' ');
                return new LineCursor(LocalDate.parse(text.substring(0, space)), text.substring(space + 1));
            } catch (IllegalArgumentException | java.time.DateTimeException | StringIndexOutOfBoundsException e) {
                throw RequestChecks.invalid("cursor", "is not a cursor this API gave");
            }
        }
    }
}
