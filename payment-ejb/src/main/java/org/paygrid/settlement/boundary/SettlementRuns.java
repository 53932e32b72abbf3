package org.paygrid.settlement.boundary;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paygrid.audit.boundary.AuditLog;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;
import org.paygrid.shared.time.SeoulTime;
import org.paygrid.shared.persistence.SqlTime;

/**
 * Starts and reports settlement runs. A run is a Jakarta Batch execution of the {@code settlement} job for one
 * business date; running a date again (or after a crash) settles only what is not settled yet.
 */
@Stateless
public class SettlementRuns {

    static final String JOB = "settlement";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    AuditLog auditLog;

    @Inject
    @ConfigProperty(name = "paygrid.settlement.partitions", defaultValue = "4")
    int partitions;

    /** Calls through the container, so that recording the run commits before the job starts. */
    @Resource
    SessionContext context;

    /** Records the run, then hands it to the batch runtime (which runs it on its own threads). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SettlementRunView start(LocalDate date, String actor) {
        long runId = self().record(date, actor);
        Properties parameters = new Properties();
        parameters.setProperty("runId", String.valueOf(runId));
        parameters.setProperty("businessDate", date.toString());
        parameters.setProperty("partitions", String.valueOf(partitions));
        long execution = operator().start(JOB, parameters);
        self().attach(runId, execution);
        return find(runId);
    }

    public long record(LocalDate date, String actor) {
        Instant now = clock.instant();
        em.createNativeQuery("insert into stl_run (business_date, requested_by, requested_at) values (?1, ?2, ?3)")
                .setParameter(1, date).setParameter(2, actor).setParameter(3, now).executeUpdate();
        long runId = ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
        auditLog.record(actor, "SETTLEMENT_RUN_STARTED", "SETTLEMENT_RUN", String.valueOf(runId), null,
                "date=" + date);
        return runId;
    }

    public void attach(long runId, long execution) {
        em.createNativeQuery("update stl_run set execution_id = ?2 where id = ?1")
                .setParameter(1, runId).setParameter(2, execution).executeUpdate();
    }

    public SettlementRunView find(long runId) {
        List<Object[]> rows = em.createNativeQuery("""
                        select id, business_date, execution_id, transactions, lines_written, payouts, requested_by,
                               requested_at from stl_run where id = ?1""").setParameter(1, runId).getResultList();
        if (rows.isEmpty()) {
            throw new PaygridException(ErrorCode.NOT_FOUND_SETTLEMENT_RUN, "No settlement run " + runId);
        }
        return view(rows.get(0));
    }

    /** Newest first. */
    public List<SettlementRunView> recent(int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        select id, business_date, execution_id, transactions, lines_written, payouts, requested_by,
                               requested_at from stl_run order by id desc""").setMaxResults(limit).getResultList();
        return rows.stream().map(this::view).toList();
    }

    private SettlementRunView view(Object[] row) {
        JobExecution execution = null;
        if (row[2] != null) {
            try {
                execution = operator().getJobExecution(((Number) row[2]).longValue());
            } catch (NoSuchJobExecutionException gone) {
                execution = null;
            }
        }
        return new SettlementRunView(((Number) row[0]).longValue(), SqlTime.date(row[1]),
                execution == null ? "STARTING" : execution.getBatchStatus().name(),
                execution == null ? null : execution.getExitStatus(),
                ((Number) row[3]).longValue(), ((Number) row[4]).longValue(), ((Number) row[5]).longValue(),
                (String) row[6], SeoulTime.of(SqlTime.instant(row[7])),
                execution == null ? null : SeoulTime.of(SqlTime.instant(execution.getStartTime())),
                execution == null ? null : SeoulTime.of(SqlTime.instant(execution.getEndTime())));
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private SettlementRuns self() {
        return context.getBusinessObject(SettlementRuns.class);
    }
}
