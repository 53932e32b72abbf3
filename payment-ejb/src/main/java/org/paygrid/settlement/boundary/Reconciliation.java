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
import org.paygrid.network.NetworkHttp;
import org.paygrid.settlement.control.BookComparison;
import org.paygrid.settlement.control.BookComparison.Mismatch;
import org.paygrid.settlement.control.CaptureFile;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;
import org.paygrid.shared.time.ClockProducer;
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
    NetworkHttp network;

    @Inject
    Clock clock;

    @EJB
    AuditLog auditLog;

    public record MismatchView(long id, LocalDate date, String kind, String reference, String cancelReference,
                               String paymentKey, Long platformAmount, Long networkAmount, java.time.OffsetDateTime detectedAt)
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
        NetworkHttp.Reply reply = network.get("/books/card/capture-file?date=" + date);
        if (reply.status() != 200) {
            throw new IOException("the acquirer answered HTTP " + reply.status() + " for the capture file of " + date);
        }
        List<Mismatch> found = BookComparison.compare(ours(date), CaptureFile.parse(reply.body()).entries());
        Instant now = clock.instant();
        int stored = 0;
        for (Mismatch m : found) {
            stored += em.createNativeQuery("""
                            insert ignore into rcn_mismatch (mismatch_key, business_date, kind, reference, cancel_reference,
                                                             payment_key, platform_amount, network_amount, detected_at,
                                                             execution_id)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)""")
                    .setParameter(1, date + ":" + m.kind() + ":" + m.reference() + ":"
                            + (m.cancelReference() == null ? "" : m.cancelReference())
                            + ":" + m.platformAmount() + ":" + m.networkAmount())
                    .setParameter(2, date).setParameter(3, m.kind().name()).setParameter(4, m.reference())
                    .setParameter(5, m.cancelReference()).setParameter(6, m.paymentKey())
                    .setParameter(7, m.platformAmount()).setParameter(8, m.networkAmount()).setParameter(9, now)
                    .setParameter(10, executionId).executeUpdate();
        }
        return stored;
    }

    public List<MismatchView> mismatches(LocalDate date) {
        List<Object[]> rows = em.createNativeQuery("""
                        select id, business_date, kind, reference, cancel_reference, payment_key, platform_amount,
                               network_amount, detected_at from rcn_mismatch where business_date = ?1 order by id""")
                .setParameter(1, date).getResultList();
        return rows.stream().map(r -> new MismatchView(((Number) r[0]).longValue(), SqlTime.date(r[1]),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                r[6] == null ? null : ((Number) r[6]).longValue(), r[7] == null ? null : ((Number) r[7]).longValue(),
                SeoulTime.of(SqlTime.instant(r[8])))).toList();
    }

    /** Our card approvals and cancels of the date (Asia/Seoul), keyed as the acquirer keys them. */
    private List<BookComparison.Ours> ours(LocalDate date) {
        Timestamp from = SqlTime.utc(date.atStartOfDay(ClockProducer.SEOUL).toInstant());
        Timestamp to = SqlTime.utc(date.plusDays(1).atStartOfDay(ClockProducer.SEOUL).toInstant());
        List<BookComparison.Ours> ours = new ArrayList<>();
        List<Object[]> approvals = em.createNativeQuery("""
                        select network_reference, payment_key, total_amount from pay_payment
                        where method = 'CARD' and approved_at >= ?1 and approved_at < ?2 and network_reference is not null
                          and status in ('DONE', 'PARTIAL_CANCELED', 'CANCELED')""")
                .setParameter(1, from).setParameter(2, to).getResultList();
        approvals.forEach(r -> ours.add(new BookComparison.Ours((String) r[0], (String) r[0], null, (String) r[1],
                ((Number) r[2]).longValue())));
        List<Object[]> cancels = em.createNativeQuery("""
                        select c.transaction_key, p.network_reference, p.payment_key, c.cancel_amount
                        from pay_cancel c join pay_payment p on p.payment_key = c.payment_key
                        where p.method = 'CARD' and c.canceled_at >= ?1 and c.canceled_at < ?2""")
                .setParameter(1, from).setParameter(2, to).getResultList();
        cancels.forEach(r -> ours.add(new BookComparison.Ours((String) r[0], (String) r[1], (String) r[0],
                (String) r[2], ((Number) r[3]).longValue())));
        return ours;
    }
}
