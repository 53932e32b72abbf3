package org.paygrid.settlement.boundary;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.paygrid.audit.boundary.AuditLog;
import org.paygrid.network.boundary.AcquirerBooks;
import org.paygrid.settlement.control.BookComparison;
import org.paygrid.settlement.control.BookComparison.Mismatch;
import org.paygrid.settlement.control.CaptureFile;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;
import org.paygrid.shared.time.SeoulTime;
import org.paygrid.shared.persistence.SqlTime;

/**
 * Reconciliation with the card acquirer: the {@code reconciliation} batch job fetches the day's capture file and
 * compares it with our card approvals and cancels of that date; each difference is stored once for staff.
 */
@Stateless
public class Reconciliation {

    static final String JOB = "reconciliation";

    @PersistenceContext
    EntityManager em;

    @Inject
    AcquirerBooks acquirer;

    @Inject
    Clock clock;

    @EJB
    AuditLog auditLog;

    /** A stored difference; {@code transactionKey} names our movement (its journal entry and settlement line). */
    public record MismatchView(long id, LocalDate date, String kind, String reference, String cancelReference,
                               String paymentKey, String transactionKey, Long platformAmount, Long networkAmount,
                               java.time.OffsetDateTime detectedAt)
            implements java.io.Serializable {
    }

    public record RunView(long executionId, LocalDate date, String status, String exitStatus, List<MismatchView> mismatches) {
    }

    public long start(LocalDate date, String actor) {
        Properties parameters = new Properties();
        parameters.setProperty("businessDate", date.toString());
        long execution = BatchRuntime.getJobOperator().start(JOB, parameters);
        auditLog.record(actor, "RECONCILIATION_STARTED", "RECONCILIATION", String.valueOf(execution), null,
                "date=" + date);
        return execution;
    }

    public RunView find(long executionId) {
        JobExecution execution;
        try {
            execution = BatchRuntime.getJobOperator().getJobExecution(executionId);
        } catch (jakarta.batch.operations.NoSuchJobExecutionException e) {
            throw new PaygridException(ErrorCode.NOT_FOUND_SETTLEMENT_RUN, "No reconciliation run " + executionId);
        }
        if (!JOB.equals(execution.getJobName())) {
            throw new PaygridException(ErrorCode.NOT_FOUND_SETTLEMENT_RUN, "No reconciliation run " + executionId);
        }
        LocalDate date = LocalDate.parse(execution.getJobParameters().getProperty("businessDate"));
        return new RunView(executionId, date, execution.getBatchStatus().name(), execution.getExitStatus(),
                mismatches(date));
    }

    /** The batchlet's work: fetch, parse (a file whose trailer does not add up fails the run), compare, store. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int reconcile(LocalDate date, long executionId) throws IOException, InterruptedException {
        List<CaptureFile.Entry> theirs = CaptureFile.parse(acquirer.captureFile(date)).entries();
        List<Mismatch> found = BookComparison.compare(ours(date), theirs);
        Instant now = clock.instant();
        int stored = 0;
        for (Mismatch m : found) {
            stored += em.createNativeQuery("""
                            insert ignore into rcn_mismatch (mismatch_key, business_date, kind, reference, cancel_reference,
                                                             payment_key, transaction_key, platform_amount,
                                                             network_amount, detected_at, execution_id)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)""")
                    .setParameter(1, date + ":" + m.kind() + ":" + m.reference() + ":"
                            + (m.cancelReference() == null ? "" : m.cancelReference())
                            + ":" + m.platformAmount() + ":" + m.networkAmount())
                    .setParameter(2, date).setParameter(3, m.kind().name()).setParameter(4, m.reference())
                    .setParameter(5, m.cancelReference()).setParameter(6, m.paymentKey())
                    .setParameter(7, m.transactionKey()).setParameter(8, m.platformAmount())
                    .setParameter(9, m.networkAmount()).setParameter(10, now).setParameter(11, executionId)
                    .executeUpdate();
        }
        return stored;
    }

    public List<MismatchView> mismatches(LocalDate date) {
        List<Object[]> rows = em.createNativeQuery("""
                        select id, business_date, kind, reference, cancel_reference, payment_key, transaction_key,
                               platform_amount, network_amount, detected_at
                        from rcn_mismatch where business_date = ?1 order by id""")
                .setParameter(1, date).getResultList();
        return rows.stream().map(r -> new MismatchView(((Number) r[0]).longValue(), SqlTime.date(r[1]),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                r[7] == null ? null : ((Number) r[7]).longValue(), r[8] == null ? null : ((Number) r[8]).longValue(),
                SeoulTime.of(SqlTime.instant(r[9])))).toList();
    }

    /** Our card sales and booked cancels of the date (Asia/Seoul; payment's views), keyed as the acquirer keys them. */
    private List<BookComparison.Ours> ours(LocalDate date) {
        Timestamp from = SqlTime.utc(SeoulTime.startOf(date));
        Timestamp to = SqlTime.utc(SeoulTime.startOf(date.plusDays(1)));
        List<BookComparison.Ours> ours = new ArrayList<>();
        List<Object[]> sales = em.createNativeQuery("""
                        select network_reference, payment_key, transaction_key, amount from pay_sale
                        where method = 'CARD' and sold_at >= ?1 and sold_at < ?2 and network_reference is not null""")
                .setParameter(1, from).setParameter(2, to).getResultList();
        sales.forEach(r -> ours.add(new BookComparison.Ours((String) r[0], (String) r[0], null, (String) r[1],
                (String) r[2], ((Number) r[3]).longValue())));
        List<Object[]> cancels = em.createNativeQuery("""
                        select transaction_key, sale_network_reference, payment_key, amount from pay_booked_cancel
                        where method = 'CARD' and booked_at >= ?1 and booked_at < ?2""")
                .setParameter(1, from).setParameter(2, to).getResultList();
        cancels.forEach(r -> ours.add(new BookComparison.Ours((String) r[0], (String) r[1], (String) r[0],
                (String) r[2], (String) r[0], ((Number) r[3]).longValue())));
        return ours;
    }

    /** Differences between our books and the networks' found since {@code since}. */
    public long discrepanciesSince(java.time.Instant since) {
        return ((Number) em.createNativeQuery("select count(*) from rcn_mismatch where detected_at >= ?1")
                .setParameter(1, since).getSingleResult()).longValue();
    }
}
