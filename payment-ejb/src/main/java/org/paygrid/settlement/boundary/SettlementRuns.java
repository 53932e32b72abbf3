package org.paygrid.settlement.boundary;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paygrid.audit.boundary.AuditLog;
import org.paygrid.settlement.batch.PartitionCountRepair;
import org.paygrid.shared.ThisServer;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;
import org.paygrid.shared.time.SeoulTime;
import org.paygrid.shared.persistence.SqlTime;
import org.paygrid.shared.logging.Log;

/**
 * Starts and reports settlement runs. A run is a Jakarta Batch execution of the {@code settlement} job for one
 * business date; running a date again (or after a crash) settles only what is not settled yet.
 */
@Stateless
public class SettlementRuns {

    static final String JOB = "settlement";
    /** The job's partitioned step (see the job XML). */
    private static final String LINES_STEP = "lines";
    private static final Log LOG = Log.of(SettlementRuns.class);
    /** What an execution that was running when its server died still says of itself. */
    private static final Set<BatchStatus> INTERRUPTED =
            EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    PartitionCountRepair partitionCounts;

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
        self().attach(runId, operator().start(JOB, parameters(runId, date)));
        return find(runId);
    }

    private Properties parameters(long runId, LocalDate date) {
        Properties parameters = new Properties();
        parameters.setProperty("runId", String.valueOf(runId));
        parameters.setProperty("businessDate", date.toString());
        parameters.setProperty("partitions", String.valueOf(partitions));
        return parameters;
    }

    public long record(LocalDate date, String actor) {
        Instant now = clock.instant();
        em.createNativeQuery("""
                        insert into stl_run (business_date, requested_by, requested_at, owner_server, owner_life)
                        values (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, date).setParameter(2, actor).setParameter(3, now).setParameter(4, ThisServer.NAME)
                .setParameter(5, ThisServer.LIFE).executeUpdate();
        long runId = ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
        auditLog.record(actor, "SETTLEMENT_RUN_STARTED", "SETTLEMENT_RUN", String.valueOf(runId), null,
                "date=" + date);
        return runId;
    }

    public void attach(long runId, long execution) {
        em.createNativeQuery("update stl_run set execution_id = ?2 where id = ?1")
                .setParameter(1, runId).setParameter(2, execution).executeUpdate();
    }

    /**
     * After a crash: the runs this server's earlier lives left unfinished (their executions still STARTING,
     * STARTED or STOPPING, since nobody was left to record their end) are restarted, so each run finishes under
     * its own id and counts, its partitions going on from their checkpoints; a run that died before its execution
     * was recorded starts one. What chunks committed before the crash stays and is not done again (even new
     * partitions' readers skip every transaction with a line), and the chunk the crash cut was rolled back whole.
     * Runs seen finished are not looked at again, and peers' runs are left to them. Answers the runs resumed.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Long> resumeInterrupted() {
        List<Object[]> earlier = em.createNativeQuery("""
                        select id, business_date, execution_id from stl_run
                        where owner_server = ?1 and owner_life is not null and owner_life <> ?2 order by id""")
                .setParameter(1, ThisServer.NAME).setParameter(2, ThisServer.LIFE).getResultList();
        List<Long> resumed = new ArrayList<>();
        for (Object[] row : earlier) {
            long runId = ((Number) row[0]).longValue();
            LocalDate date = SqlTime.date(row[1]);
            Long execution = row[2] == null ? null : ((Number) row[2]).longValue();
            try {
                if (execution != null && !INTERRUPTED.contains(operator().getJobExecution(execution).getBatchStatus())) {
                    self().disown(runId);
                    continue;
                }
                long next;
                boolean fromCheckpoints = false;
                if (execution == null) {
                    next = operator().start(JOB, parameters(runId, date));
                } else {
                    // the partitions as planned then, whatever the setting says now
                    Properties then = operator().getParameters(execution);
                    fromCheckpoints = partitionCounts.repair(operator().getJobInstance(execution).getInstanceId(),
                            LINES_STEP, Integer.parseInt(then.getProperty("partitions")));
                    Properties again = new Properties();
                    again.putAll(then);
                    again.setProperty("replanPartitions", String.valueOf(!fromCheckpoints));
                    next = operator().restart(execution, again);
                }
                self().resumed(runId, execution, next, fromCheckpoints);
                resumed.add(runId);
            } catch (RuntimeException notResumed) {
                // the others still resume; staff can run this date again, which settles only what is not settled
                LOG.warning(() -> "settlement run " + runId + " not resumed: " + notResumed);
            }
        }
        return resumed;
    }

    public void disown(long runId) {
        em.createNativeQuery("update stl_run set owner_life = null where id = ?1").setParameter(1, runId)
                .executeUpdate();
    }

    public void resumed(long runId, Long interrupted, long execution, boolean fromCheckpoints) {
        em.createNativeQuery("update stl_run set execution_id = ?2, owner_life = ?3, restarts = restarts + 1 where id = ?1")
                .setParameter(1, runId).setParameter(2, execution).setParameter(3, ThisServer.LIFE).executeUpdate();
        auditLog.record("system", "SETTLEMENT_RUN_RESUMED", "SETTLEMENT_RUN", String.valueOf(runId),
                interrupted == null ? null : "execution=" + interrupted, "execution=" + execution
                        + (fromCheckpoints ? ", partitions from their checkpoints" : ", partitions planned again"));
    }

    public SettlementRunView find(long runId) {
        List<Object[]> rows = em.createNativeQuery("""
                        select id, business_date, execution_id, transactions, lines_written, payouts, requested_by,
                               requested_at, job_status, exit_status, started_at, ended_at from stl_run where id = ?1""").setParameter(1, runId).getResultList();
        if (rows.isEmpty()) {
            throw new PaygridException(ErrorCode.NOT_FOUND_SETTLEMENT_RUN, "No settlement run " + runId);
        }
        return view(rows.get(0));
    }

    /** Newest first. */
    public List<SettlementRunView> recent(int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        select id, business_date, execution_id, transactions, lines_written, payouts, requested_by,
                               requested_at, job_status, exit_status, started_at, ended_at from stl_run order by id desc""").setMaxResults(limit).getResultList();
        return rows.stream().map(this::view).toList();
    }

    /** The newest run that completed, for the operations figures. */
    public java.util.Optional<SettlementRunView> lastCompleted() {
        return recent(20).stream().filter(run -> run.status().equals("COMPLETED") && run.endedAt() != null)
                .findFirst();
    }

    /**
     * The run as its batch job tells it; once the job repository is purged (after 90 days), as the run kept it
     * ({@code JobRepositoryRetention}).
     */
    private SettlementRunView view(Object[] row) {
        JobExecution execution = null;
        if (row[2] != null) {
            try {
                execution = operator().getJobExecution(((Number) row[2]).longValue());
            } catch (NoSuchJobExecutionException gone) {
                execution = null;
            }
        }
        String status = execution != null ? execution.getBatchStatus().name() : row[8] != null ? (String) row[8] : "STARTING";
        String exitStatus = execution != null ? execution.getExitStatus() : (String) row[9];
        Instant started = execution != null ? SqlTime.instant(execution.getStartTime()) : SqlTime.instant(row[10]);
        Instant ended = execution != null ? SqlTime.instant(execution.getEndTime()) : SqlTime.instant(row[11]);
        return new SettlementRunView(((Number) row[0]).longValue(), SqlTime.date(row[1]), status, exitStatus,
                ((Number) row[3]).longValue(), ((Number) row[4]).longValue(), ((Number) row[5]).longValue(),
                (String) row[6], SeoulTime.of(SqlTime.instant(row[7])),
                started == null ? null : SeoulTime.of(started), ended == null ? null : SeoulTime.of(ended));
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private SettlementRuns self() {
        return context.getBusinessObject(SettlementRuns.class);
    }
}
